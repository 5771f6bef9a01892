/* no stdio: debug printing is compiled out (DEBUGLEVEL 0) */
