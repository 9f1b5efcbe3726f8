// Licensed under the Apache License, Version 2.0.
// TEMPORARY probe, deleted before hand-off.
import Fr2En
import Testing

@Suite struct SentenceSplitProbeTests {
    @Test func probe() throws {
        let breaker = try ICUSentenceBreaker(locale: "fr@ss=standard")
        let inputs = [
            "M. Dupont est là. Il part.",
            "MM. Durand et Martin sont venus. Mme Leroy aussi.",
            "Le Dr. Martin arrive. Le prof. Durand aussi.",
            "Le Dr Martin arrive. Il est tard.",
            "Voir p. 12 et fig. 3. Ensuite on lit.",
            "Il y avait des pommes, des poires, etc. Nous avons tout mangé.",
            "Il y avait des pommes, etc. et des poires.",
            "J.-P. Sartre écrit. J. R. R. Tolkien aussi.",
            "Charles de G. Dupont est venu.",
            "Il a 3,5 millions et 1 000 euros. La version 2.0.1 sort le 12.30 à 3.5 km.",
            "Il compte 1.000.000 de visiteurs. Puis il rit.",
            "Il hésita… puis il partit. Il hésita… Puis il partit.",
            "Il hésita... puis il partit. Il hésita... Puis il partit.",
            "« Non ! » Ensuite il partit.",
            "« Non ! » dit-il.",
            "« Non ! » dit-il. Puis il partit.",
            "« Non ! » Ensuite il partit.",
            "«Non!» Ensuite il partit.",
            "« Non. » Ensuite il partit.",
            "\"Non !\" Ensuite il partit.",
            "Allez sur www.example.fr pour voir. Écrivez à jean.dupont@example.fr demain.",
            "Allez sur http://www.example.fr/Page.html pour voir.",
            "Il dit (...) que tout va bien. Puis il partit.",
            "Quoi ?! Vraiment ?! Oui !!! Bon.",
            "Quoi?! Vraiment?! Oui!!! Bon.",
            "Il est né en 1985. Il est mort en 2020.",
            "Un titre sans point",
            "c.-à-d. que nous partons. Cf. la page 3.",
            "Il habite 3 bd Voltaire, n° 5. Il y a vol. 2 et éd. Gallimard.",
            "Le 3 janv. 2020, il partit. Le 5 févr. Jean revint.",
            "La Cie Dupont vend. St Louis et Ste Anne.",
            "Il est parti. \u{00A0}Puis revenu.",
            "Il est 12 h. Il part.",
            "Il a dit : « Je viens. » Puis il est venu.",
            "Voir art. 5 du code. Ensuite, av. J.-C. on lit.",
            "Le min. est 3, le max. est 5. Fin.",
            "Le p. ex. est là. Env. 300 personnes.",
            "Vraiment ? oui. Non !",
            "Pourquoi ? Parce que.",
            "Il parle de l'A.N.P.E. Puis il part.",
            "Il dit : « Quelle chance ! », puis sortit.",
        ]
        for text in inputs {
            let ends = try breaker.boundaries(in: text)
            var parts: [String] = []
            var start = 0
            let bytes = Array(text.utf8)
            for end in ends {
                parts.append(String(decoding: bytes[start..<end], as: UTF8.self))
                start = end
            }
            print("IN: \(text)")
            for p in parts { print("   |\(p)|") }
        }
    }
}
