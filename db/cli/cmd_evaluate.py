"""`modelatlas evaluate NAME-OR-UUID …`: record an evaluation under an author's name."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json
from db.errors import ValidationError
from db.values import parse_date
from db.vocab import Verdict


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("evaluate", parents=[common], help="record your evaluation of an entry")
    parser.add_argument("entry", help="name or UUID of the entry evaluated")
    parser.add_argument("--use-case", required=True, help='e.g. "on-prem legal summarization in the EU"')
    parser.add_argument("--score", action="append", default=[], metavar="CRITERION=1..5",
                        help="a score on one criterion (repeatable)")
    parser.add_argument("--verdict", required=True, choices=[v.value for v in Verdict])
    parser.add_argument("--notes", default="", help="free notes (Markdown)")
    parser.add_argument("--date", help="evaluation date, YYYY-MM-DD (default: today)")
    parser.add_argument("--tag", action="append", default=[], help="tag the evaluation (repeatable)")
    parser.set_defaults(run=run)


def parse_scores(items: list[str]) -> dict[str, int]:
    scores: dict[str, int] = {}
    for item in items:
        criterion, sep, value = item.partition("=")
        if not sep or not criterion.strip():
            raise ValidationError({"score": f"{item!r} is not CRITERION=1..5"})
        try:
            number = int(value.strip())
        except ValueError:
            raise ValidationError({"score": f"{criterion.strip()!r} needs a whole number 1–5, not {value!r}"}) from None
        if not 1 <= number <= 5:
            raise ValidationError({"score": f"{criterion.strip()!r} must be between 1 and 5, not {number}"})
        scores[criterion.strip()] = number
    return scores


def run(ctx: CommandContext) -> int:
    args = ctx.args
    scores = parse_scores(args.score)
    try:
        when = parse_date(args.date)
    except ValueError as error:
        raise ValidationError({"date": str(error)}) from None
    evaluation = ctx.store.evaluate(args.entry, evaluator=ctx.author, use_case=args.use_case, scores=scores,
                                    verdict=args.verdict, notes=args.notes, eval_date=when, tags=args.tag)
    if ctx.json:
        emit_json({"uuid": evaluation.uuid, "name": evaluation.name, "author": evaluation.evaluator,
                   "target": evaluation.target_uuid, "verdict": evaluation.verdict, "scores": evaluation.scores,
                   "average": evaluation.average_score})
    else:
        print(f"recorded {evaluation.name}: {evaluation.verdict}"
              + (f", average {evaluation.average_score:.1f}" if evaluation.average_score is not None else ""))
    return 0
