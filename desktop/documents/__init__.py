"""Printed paper: member cards, the member book, and later receipts and statements.

Each document gathers its data first (plain values), then renders with reportlab. reportlab and
segno are imported here, never at start-up, so that the program opens fast on old PCs.
"""
