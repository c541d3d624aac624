"""The main window: accounts, the register, accounts and categories dialogs."""
