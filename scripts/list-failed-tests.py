#!/usr/bin/env python3
"""Prints each failed test of the given TRX files with the first lines of its message, so that a CI log cut to its
head and tail still names what failed. Prints nothing when every test passed."""
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
MESSAGE_LINES = 6

for path in sys.argv[1:]:
    for result in ET.parse(path).getroot().iter(NS + "UnitTestResult"):
        if result.get("outcome") in ("Passed", "NotExecuted"):
            continue
        print(f"FAILED ({result.get('outcome')}, {result.get('duration')}): {result.get('testName')}")
        message = result.find(f"{NS}Output/{NS}ErrorInfo/{NS}Message")
        if message is not None and message.text:
            for line in message.text.strip().splitlines()[:MESSAGE_LINES]:
                print(f"    {line[:300]}")
