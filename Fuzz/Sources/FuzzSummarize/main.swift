// Licensed under the Apache License, Version 2.0.

import FuzzSupport

#if canImport(Glibc)
import Glibc
#endif

exit(FuzzDriver.run(fuzzSummarize))
