// Link-only module: CICU's .c file includes ICU headers itself; Swift never imports this module.
