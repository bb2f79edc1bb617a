"""Long work off the UI thread (Anki's habit): document batches, PDF export, big loads.

A `Job` runs a plain function in Qt's global thread pool; the function receives a
`Progress` it may report to and poll for cancellation. Results come back to the UI
thread through signals, so screens refresh from what the job reports changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from gui.i18n import tr


class Progress:
    """What a job may do from its thread: report how far it is, and notice a cancel."""

    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Runs `fn(progress)` on a pool thread; emits finished(result) or failed(exception)."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self.progress = Progress(self.signals)
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # handed to the UI thread's one error function
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)


_running: set[Job] = set()


def start(
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Job:
    """Run `fn` in the background; the callbacks run on the UI thread."""
    job = Job(fn)
    _running.add(job)

    def done(result: object) -> None:
        _running.discard(job)
        on_done(result)

    def failed(exc: object) -> None:
        _running.discard(job)
        on_error(exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))

    job.signals.finished.connect(done, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(job)
    return job


@dataclass
class BatchResult:
    """What a batch did: per-item results and per-item failures (never one failure for all)."""

    done: list[tuple[Any, Any]] = field(default_factory=list)
    failed: list[tuple[Any, BaseException]] = field(default_factory=list)
    cancelled: bool = False


def run_with_progress(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> tuple[Job, QProgressDialog]:
    """Run `fn(progress)` in the background behind a progress dialog with Cancel.

    What the job reports sets the bar (done of total) and the dialog's text; Cancel asks
    the job to stop (it polls `progress.cancelled` between items) and the dialog closes.
    """
    dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(420)
    dialog.setValue(0)

    def finish(result: Any) -> None:
        dialog.reset()
        dialog.close()
        on_done(result)

    def fail(exc: BaseException) -> None:
        dialog.reset()
        dialog.close()
        on_error(exc)

    def show_progress(done: int, total: int, text: str) -> None:
        if dialog.wasCanceled():
            return
        dialog.setMaximum(max(1, total))
        dialog.setValue(min(done, max(1, total)))
        if text:
            dialog.setLabelText(text)

    job = start(fn, finish, fail)
    job.signals.progress.connect(show_progress, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(job.progress.cancel)
    return job, dialog


def run_batch(
    parent: QWidget | None,
    title: str,
    items: Sequence[Any],
    each: Callable[[Any], Any],
    on_done: Callable[[BatchResult], None],
    on_error: Callable[[BaseException], None],
) -> Job:
    """Apply `each` to every item in the background, with a progress dialog and Cancel."""

    def work(progress: Progress) -> BatchResult:
        result = BatchResult()
        for i, item in enumerate(items):
            if progress.cancelled:
                result.cancelled = True
                break
            try:
                result.done.append((item, each(item)))
            except Exception as exc:  # one case's problem must not stop the batch
                result.failed.append((item, exc))
            progress.report(i + 1, len(items), "")
        return result

    job, _dialog = run_with_progress(parent, title, work, on_done, on_error)
    return job
