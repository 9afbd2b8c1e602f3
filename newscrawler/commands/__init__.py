"""Project commands (COMMANDS_MODULE): `crawl` with argument and setting checks up front."""
