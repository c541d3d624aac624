"""The books' contents: accounts, categories, transactions and their split lines,
templates, tax rates, the register and search.
"""
