#!/usr/bin/env python3
"""eighth-chaos: python3 convert.py MIRRORS OUT — the rules and code are ../eighth-big9/convert.py's (SET chaos)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eighth-big9"))
import convert as eighth

if __name__ == "__main__":
    eighth.run("chaos")
