"""Looking at records: HTML views, the cross-article actor merge, DataFrames, the report.

>>> from newsfacts.render import build_report, merge_actors, render_record_html, to_dataframes
"""

from newsfacts.render.frames import to_dataframes
from newsfacts.render.merge import merge_actors
from newsfacts.render.record import render_record_html
from newsfacts.render.report import build_report

__all__ = ["build_report", "merge_actors", "render_record_html", "to_dataframes"]
