"""The ``provenance`` command line: build, serve, timeline, eval."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TYPE_CHECKING, TypeVar

import click

from provenance import __version__
from provenance.batch import BatchReport, ingest_files
from provenance.ingest import DEFAULT_MAX_BYTES, collect_paths
from provenance.resources import resource_dir
from provenance.store import finish, open_database
from provenance.stories import relink, stale_stories
from provenance.timeline import format_timeline, read_conflicts, read_context, read_timeline

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar
    from sqlite_utils import Database

DEFAULT_DB = "provenance.db"
Item = TypeVar("Item")

db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The SQLite database file.",
)

max_bytes_option = click.option(
    "--max-bytes",
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    type=click.IntRange(min=1),
    help="Largest input file (and JSON Lines line) to read, in bytes.",
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
    paths: list[Path],
    db_path: Path,
    overrides: dict[str, str],
    progress: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
    jobs: int = 1,
) -> BatchReport:
    """Ingest ``paths`` into ``db_path``; report the articles by outcome and the failures."""
    files = collect_paths(paths)
    with database_errors(db_path):
        db = open_database(db_path)
        with progress_bar(files, "Ingesting", progress) as bar:
            try:
                report = ingest_files(db, bar, overrides, max_bytes, strict, jobs)
            except BrokenProcessPool as error:
                raise click.ClickException(f"a parsing process stopped: {error}") from error
        link_and_finish(db, report, progress)
    return report


def link_and_finish(db: Database, report: BatchReport, progress: bool) -> None:
    """Link the stories whose articles changed, re-apply views and search, and close ``db``."""
    plans = stale_stories(db)
    with progress_bar(plans, "Linking stories", progress) as stories:
        for plan in stories:
            relink(db, plan)
    report.relinked = len(plans)
    finish(db)
    db.close()


def progress_bar(items: list[Item], label: str, shown: bool) -> ProgressBar[Item]:
    """A progress bar on standard error, for two items or more."""
    return click.progressbar(
        items, label=label, file=sys.stderr, show_pos=True, hidden=not shown or len(items) < 2
    )


@contextmanager
def database_errors(db_path: Path) -> Iterator[None]:
    """Report an SQLite error (not a database, locked, disk full) as one clean line."""
    try:
        yield
    except sqlite3.Error as error:
        raise click.ClickException(f"{db_path}: {error}") from error


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@db_option
@click.option("--url", help="The article's URL (with a single file).")
@click.option("--outlet", help="The outlet that published it (with a single file).")
@click.option(
    "--published", help="Its publication date, ISO 8601, e.g. 2019-12-10 (with a single file)."
)
@click.option(
    "--story",
    help="Put every article of this run in the story NAME (its title), whatever their "
    "content says.",
)
@click.option("--strict", is_flag=True, help="Stop at the first input that fails.")
@max_bytes_option
@click.option(
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Parse articles in this many processes (one process writes the database).",
)
def build(
    paths: tuple[Path, ...],
    db_path: Path,
    url: str | None,
    outlet: str | None,
    published: str | None,
    story: str | None,
    strict: bool,
    max_bytes: int,
    jobs: int,
) -> None:
    """Ingest articles into the database.

    PATHS are files or folders of .txt, .html, .json and .jsonl articles
    (default: the bundled seeds). A .txt file's first line is its headline;
    a sidecar NAME.meta.json may give its url, outlet, published date and
    timezone. Re-running on the same input changes nothing. Each article is
    written in one transaction, so an interrupted run keeps whole articles
    only and re-running finishes it. An input that cannot be read is
    reported on one line, the others are still ingested (unless --strict),
    and the exit status is 1. Articles about the same leak are then linked
    into one story (or put in the story --story names); only the stories
    whose articles changed are linked again. --jobs N parses in N
    processes; the database is the same as with one.
    """
    overrides = {"url": url, "outlet": outlet, "published": published}
    if any(overrides.values()) and len(paths) != 1:
        raise click.UsageError("--url, --outlet and --published apply to a single file")
    inputs = list(paths) or [resource_dir("seeds")]
    report = build_database(
        inputs,
        db_path,
        {**overrides, "story": story},
        max_bytes=max_bytes,
        strict=strict,
        jobs=jobs,
    )
    echo_report(db_path, report)


def echo_report(db_path: Path, report: BatchReport) -> None:
    """Print what a build did, and exit with status 1 if any input failed."""
    for note in report.notes:
        click.echo(f"note: {note}", err=True)
    for failure in report.failures:
        click.echo(f"error: {failure}", err=True)
    if report.stopped:
        click.echo("stopped at the first failure (--strict)", err=True)
    if report.relinked:
        click.echo(f"stories linked: {report.relinked}", err=True)
    counts = report.counts
    total = sum(counts.values())
    click.echo(
        f"{db_path}: {total} input{'s' if total != 1 else ''}: {counts['added']} added, "
        f"{counts['updated']} updated, {counts['unchanged']} unchanged, {counts['failed']} failed"
    )
    if report.failures:
        sys.exit(1)


@cli.command(name="dask-build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option(
    "--scheduler",
    default="local",
    show_default=True,
    help="The Dask scheduler's address (tcp://HOST:8786), or 'local' for a cluster of "
    "--workers processes on this machine.",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(min=1),
    help="Worker processes of a local cluster.",
)
@click.option(
    "--partitions",
    type=click.IntRange(min=1),
    help="Partitions of the input files, one shard each (default: four per worker).",
)
@click.option(
    "--shards",
    "shards_folder",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the shard databases, which every worker must reach (default: a "
    "temporary folder beside the database, removed afterwards).",
)
@max_bytes_option
def dask_build(
    paths: tuple[Path, ...],
    db_path: Path,
    scheduler: str,
    workers: int,
    partitions: int | None,
    shards_folder: Path | None,
    max_bytes: int,
) -> None:
    """Ingest articles on a Dask cluster, then merge them into the database.

    The input files are split into partitions (a dask.bag); each partition
    is parsed on a worker into a shard database of its own; the shards are
    then written into the database in order and its stories linked, so the
    database is the one 'provenance build' would make. For corpora too
    large for one machine's cores: see the README. Needs Dask
    (pip install 'provenance[dask]').
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise click.ClickException(
            "Dask is not installed: pip install 'provenance[dask]'"
        ) from error
    from provenance.shards import build_on_dask, merge_shards

    files = collect_paths(list(paths))
    with ExitStack() as stack:
        if shards_folder is None:
            shards_folder = Path(
                stack.enter_context(TemporaryDirectory(prefix="shards-", dir=db_path.parent))
            )
        shards_folder.mkdir(parents=True, exist_ok=True)
        if scheduler == "local":
            cluster = stack.enter_context(
                LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None)
            )
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(scheduler, timeout=30))
            except OSError as error:
                raise click.ClickException(
                    f"cannot reach the Dask scheduler at {scheduler}: {error}"
                ) from error
        count = partitions or 4 * max(1, len(client.scheduler_info()["workers"]))
        shards = build_on_dask(files, shards_folder.resolve(), count, max_bytes=max_bytes)
        with database_errors(db_path):
            db = open_database(db_path)
            report = merge_shards(db, shards)
            link_and_finish(db, report, progress=False)
    echo_report(db_path, report)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--immutable",
    is_flag=True,
    help="Serve a finished database that nothing writes to any more (faster; never use "
    "while a build may write to it).",
)
def serve(db_path: Path, host: str, port: int, immutable: bool) -> None:
    """Serve the database with Datasette, building it from the seeds if missing.

    The database is always read-only to Datasette. By default SQLite opens
    it read-only (mode=ro), so the server keeps answering, and shows each
    article as it is committed, while 'provenance build' writes to the
    same file. --immutable first folds the write-ahead log into the file,
    then tells SQLite the file will not change: use it to publish a
    finished database. The story timeline is the home page, /; the tables
    are at /provenance and the timeline's JSON at
    /provenance/timeline.json?_shape=array.
    """
    import uvicorn

    from provenance.publish import make_datasette
    from provenance.serving import checkpoint

    if not db_path.exists():
        report = build_database([resource_dir("seeds")], db_path, {}, progress=False)
        click.echo(
            f"Built {db_path} from the bundled seeds: {report.counts['added']} added", err=True
        )
    if immutable:
        with database_errors(db_path):
            checkpoint(db_path)
    datasette = make_datasette(db_path, mutable=not immutable)
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


@cli.command(name="export")
@db_option
@click.option(
    "--format",
    "format_name",
    type=click.Choice(["prov-json", "prov-n"]),
    default="prov-json",
    show_default=True,
    help="PROV-JSON or PROV-N.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of standard output.",
)
def export_prov(db_path: Path, format_name: str, output: Path | None) -> None:
    """Export the database as a W3C PROV document.

    Remarks are attributed to their speakers, statements quoted from the
    recording that carried them, reports derived from the recording and
    from the earlier reports they name, and events are activities with
    their times.
    """
    if not db_path.exists():
        raise click.ClickException(f"{db_path} does not exist: run 'provenance build' first")
    from sqlite_utils import Database

    from provenance.export import export

    with database_errors(db_path):
        text = export(Database(db_path), format_name)
    if output is None:
        click.echo(text)
        return
    try:
        output.write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise click.ClickException(f"{output}: {error.strerror or error}") from error


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


@evaluate.command(name="polnear")
@click.argument("split", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object with the scores.")
@click.option(
    "--errors",
    default=0,
    show_default=True,
    type=int,
    help="Also print up to this many mistakes, one a line, for error analysis.",
)
def eval_polnear(split: Path, as_json: bool, errors: int) -> None:
    """Score attribution against a PolNeAR split (a folder with text/ and attributions/).

    Reports precision, recall and F1 for sources, cues and contents, exact
    and by token overlap, overall and per publisher.
    """
    from provenance.polnear import evaluate_split, report_text

    if not (split / "attributions").is_dir() or not (split / "text").is_dir():
        raise click.ClickException(f"{split} has no text/ and attributions/ folders")
    report = evaluate_split(split, keep_errors=errors)
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
