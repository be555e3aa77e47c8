"""The ``provenance`` command line: build, serve, timeline, eval."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from provenance import __version__
from provenance.ingest import IngestFailure, collect_paths, load_path
from provenance.pipeline import parse_article
from provenance.resources import resource_dir
from provenance.store import finish, open_database, save_parsed
from provenance.timeline import format_timeline, read_conflicts, read_context, read_timeline

DEFAULT_DB = "provenance.db"

db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The SQLite database file.",
)


@click.group()
@click.version_option(__version__, prog_name="provenance")
def cli() -> None:
    """Rebuild the story of a leaked remark from news articles.

    Build a database from articles, then browse it with Datasette or print
    its timeline:

    \b
        provenance build articles/ --db story.db
        provenance timeline --db story.db
        provenance serve --db story.db
    """


def build_database(
    paths: list[Path], db_path: Path, overrides: dict[str, str], progress: bool = True
) -> tuple[dict[str, int], list[IngestFailure]]:
    """Ingest ``paths`` into ``db_path``; return counts by outcome and the failures."""
    files = collect_paths(paths)
    db = open_database(db_path)
    counts = {"added": 0, "updated": 0, "unchanged": 0, "failed": 0}
    failures: list[IngestFailure] = []
    with click.progressbar(
        files,
        label="Ingesting",
        file=sys.stderr,
        show_pos=True,
        hidden=not progress or len(files) < 2,
    ) as bar:
        for path in bar:
            for loaded in load_path(path, overrides):
                if isinstance(loaded, IngestFailure):
                    failures.append(loaded)
                    counts["failed"] += 1
                    continue
                counts[save_parsed(db, parse_article(loaded))] += 1
    finish(db)
    db.close()
    return counts, failures


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@db_option
@click.option("--url", help="The article's URL (with a single file).")
@click.option("--outlet", help="The outlet that published it (with a single file).")
@click.option(
    "--published", help="Its publication date, ISO 8601, e.g. 2019-12-10 (with a single file)."
)
def build(
    paths: tuple[Path, ...],
    db_path: Path,
    url: str | None,
    outlet: str | None,
    published: str | None,
) -> None:
    """Ingest articles into the database.

    PATHS are files or folders of .txt, .json and .jsonl articles (default:
    the bundled seeds). A .txt file's first line is its headline; a sidecar
    NAME.meta.json may give its url, outlet, published date and timezone.
    Re-running on the same input changes nothing. A file that cannot be
    read is reported on one line, the others are still ingested, and the
    exit status is 1.
    """
    overrides = {"url": url, "outlet": outlet, "published": published}
    if any(overrides.values()) and len(paths) != 1:
        raise click.UsageError("--url, --outlet and --published apply to a single file")
    inputs = list(paths) or [resource_dir("seeds")]
    counts, failures = build_database(inputs, db_path, overrides)
    for failure in failures:
        click.echo(f"error: {failure}", err=True)
    total = sum(counts.values())
    click.echo(
        f"{db_path}: {total} input{'s' if total != 1 else ''}: {counts['added']} added, "
        f"{counts['updated']} updated, {counts['unchanged']} unchanged, {counts['failed']} failed"
    )
    if failures:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
def serve(db_path: Path, host: str, port: int) -> None:
    """Serve the database with Datasette, building it from the seeds if missing.

    The timeline is at /provenance/timeline, its JSON at
    /provenance/timeline.json?_shape=array.
    """
    import uvicorn

    from provenance.publish import make_datasette

    if not db_path.exists():
        counts, _failures = build_database([resource_dir("seeds")], db_path, {}, progress=False)
        click.echo(f"Built {db_path} from the bundled seeds: {counts['added']} added", err=True)
    datasette = make_datasette(db_path)
    click.echo(f"Serving {db_path} at http://{host}:{port}/provenance", err=True)
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning", lifespan="on")


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON rows instead of text.")
@click.option("--story", help="Only this story id.")
def timeline(db_path: Path, as_json: bool, story: str | None) -> None:
    """Print the reconstructed timeline, in chronological order.

    Each event shows its time as written and as an interval, and why it sits
    where it does. Then come the happenings the story mentions outside its
    sequence (background, future references) and any ordering cues not used
    because they contradict stronger ones. --json prints the timeline rows,
    each with its "why".
    """
    if not db_path.exists():
        raise click.ClickException(f"{db_path} does not exist: run 'provenance build' first")
    from sqlite_utils import Database

    db = Database(db_path)
    rows = read_timeline(db, story)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif rows:
        click.echo(format_timeline(rows, read_context(db, story), read_conflicts(db, story)))
    else:
        click.echo("No events.")


@cli.group(name="eval")
def evaluate() -> None:
    """Measure the pipeline against annotated articles."""


@evaluate.command(name="gold")
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per file.")
def eval_gold(gold_files: tuple[Path, ...], as_json: bool) -> None:
    """Score the pipeline against hand-written gold files (precision and recall)."""
    from provenance.evaluation import report_text, score_gold

    for path in gold_files:
        report = score_gold(path)
        click.echo(json.dumps(report.as_dict()) if as_json else report_text(report))


@evaluate.command(name="timeml")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def eval_timeml(folder: Path, as_json: bool) -> None:
    """Score time expressions against the TimeML files under FOLDER.

    Measures as TempEval-3 Task A: strict and relaxed span precision, recall
    and F1, value accuracy on relaxed matches and value F1. Each document is
    resolved against its creation date (<DCT>).
    """
    from provenance.time_evaluation import evaluate_folder, report_text
    from provenance.timeml import TimeMLError

    try:
        report = evaluate_folder(folder)
    except TimeMLError as error:
        raise click.ClickException(str(error)) from error
    if not report.documents:
        raise click.ClickException(f"{folder}: no .tml files")
    click.echo(json.dumps(report.as_dict()) if as_json else report_text(report))
