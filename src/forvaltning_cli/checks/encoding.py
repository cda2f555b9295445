"""The file is not UTF-8 text.

Plans are UTF-8 (a byte-order mark is accepted). A file saved as UTF-16 or Latin-1, or a binary
file, is reported with the position of the first byte that cannot be read.

Example: a file saved from an old editor as Windows-1252, where ``å`` is the single byte 0xe5.
"""

ID = "encoding"
SEVERITY = "error"
check = None  # reported by the loader
