"""How people see the program: the Qt windows, pages, dialogs and table models."""
