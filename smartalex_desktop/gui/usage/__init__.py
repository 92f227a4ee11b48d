"""The Usage tab: the calls table, the daily chart, the usage report."""
