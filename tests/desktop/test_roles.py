"""Who may do what, whatever the screen shows: every operation of desktop/ refuses each role
that lacks its permission before it touches the books; every permission is checked somewhere;
and every public function of desktop/ that writes to the books is an operation, or a helper
that runs inside its caller's transaction.

The operations are found, not listed: every module of the package is imported and every
callable carrying a ``permission`` (``@operation``, and ``@approvable`` above it) is tried, so
an operation added tomorrow is tried too.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import desktop
from db.connection import database
from db.models import AuditRecord
from desktop.approvals import APPROVABLE, required_actions, set_required_actions
from desktop.auth import PERMISSIONS, ROLES, require
from desktop.errors import PermissionDenied
from desktop.settings import put_setting

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"


def _modules() -> list[str]:
    return sorted(info.name for info in pkgutil.walk_packages(desktop.__path__, "desktop."))


def operations() -> dict[str, Callable]:
    """Every operation of desktop/, by module and name, from the module that defines it."""
    found = {}
    for name in _modules():
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if callable(value) and hasattr(value, "permission") and value.__module__ == name:
                found[f"{name}.{attr}"] = value
    return found


def _placeholders(op: Callable) -> tuple[list, dict]:
    """None for every argument after the actor that has no default: the role is checked first."""
    parameters = list(inspect.signature(op).parameters.values())[1:]
    args = [None for p in parameters if p.default is p.empty
            and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    kwargs = {p.name: None for p in parameters if p.default is p.empty and p.kind is p.KEYWORD_ONLY}
    return args, kwargs


def _row_counts() -> dict[str, int]:
    return {table: database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            for table in database.get_tables()}


def _refusals(found: dict[str, Callable], actors) -> list[str]:
    """What is wrong with each operation called by each role that lacks its permission."""
    wrong = []
    for name, op in sorted(found.items()):
        if op.permission not in PERMISSIONS:
            wrong.append(f"{name}: unknown permission {op.permission}")
            continue
        args, kwargs = _placeholders(op)
        for role in (r for r in ROLES if r not in PERMISSIONS[op.permission]):
            changes, audited = database.connection().total_changes, AuditRecord.select().count()
            try:
                op(actors[role], *args, **kwargs)
                wrong.append(f"{name} let the {role} through")
            except PermissionDenied:
                pass
            except Exception as exc:  # noqa: BLE001 - anything but the refusal is the finding
                wrong.append(f"{name} as {role}: {type(exc).__name__} {exc} instead of the refusal")
            if database.connection().total_changes != changes or AuditRecord.select().count() != audited:
                wrong.append(f"{name} as {role} wrote to the books before refusing")
    return wrong


def test_every_operation_refuses_the_roles_that_lack_its_permission(actors):
    found = operations()
    # The search finds the operations of every area, the approvable ones among them.
    assert {"desktop.savings.deposit", "desktop.members.register_member", "desktop.users.create_user",
            "desktop.collection.reverse_sheet", "desktop.loans.approve_loan"} <= set(found)
    before = _row_counts()
    assert _refusals(found, actors) == []
    assert _row_counts() == before


def test_an_operation_that_needs_approval_refuses_the_same_roles(actors):
    """When the office requires a second user's approval, the request is refused as the
    operation itself would be: no request is kept for a role that may not do it."""
    approvable = {name: op for name, op in operations().items() if hasattr(op, "approval")}
    set_required_actions(actors["administrator"], set(APPROVABLE))  # every module is imported now
    assert required_actions() == {op.approval for op in approvable.values()}
    assert {"desktop.savings.reverse_entry", "desktop.loans.reverse_payment"} <= set(approvable)
    before = _row_counts()
    assert _refusals(approvable, actors) == []
    assert _row_counts() == before


def test_the_sweep_finds_an_operation_that_forgets_the_role(actors):
    def open_to_all(actor):
        """Changes nothing, and lets anyone in."""

    def writes_first(actor, key):
        """Writes, then checks the role: too late."""
        put_setting("roles.careless", "1")
        require(actor, "settings.edit")

    open_to_all.permission = "users.manage"
    writes_first.permission = "settings.edit"
    wrong = _refusals({"open_to_all": open_to_all, "writes_first": writes_first}, actors)
    assert "open_to_all let the secretary through" in wrong
    assert "writes_first as chair wrote to the books before refusing" in wrong


# --- every permission is checked ---------------------------------------------------------------

def _checked_in_source(folder: Path) -> set[str]:
    """Permissions named in calls of require(actor, "...") and actor.may("...")."""
    named = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            argument = {"require": 1, "may": 0}.get(name)
            if argument is not None and len(node.args) > argument:
                value = node.args[argument]
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    named.add(value.value)
    return named


def test_every_permission_is_checked_by_an_operation_or_a_read():
    """A permission nobody checks is a promise the program does not keep: each is the
    permission of an operation, or checked by a read in desktop/, or by the screens that show
    a page only to the roles that hold it."""
    used = ({op.permission for op in operations().values()} | _checked_in_source(DESKTOP)
            | _checked_in_source(ROOT / "ui"))
    assert set(PERMISSIONS) - used == set()
    assert used - set(PERMISSIONS) == set()  # and none is misspelt


# --- every write is an operation ---------------------------------------------------------------

# Model methods that write, called on the model's class (SavingsEntry.create(...)).
MODEL_WRITES = {"create", "insert", "insert_many", "insert_from", "replace", "replace_many",
                "update", "delete", "delete_by_id", "get_or_create", "bulk_create", "bulk_update"}
# Row methods that write, called on a row (member.save()); workbooks and PDF canvases are
# saved too, under these names, into files.
ROW_WRITES = {"save", "delete_instance"}
FILE_OBJECTS = {"book", "pdf"}
SQL_WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
# How a helper says it runs inside its caller's transaction.
INSIDE = re.compile(r"call (it )?inside|caller's transaction|in(side)? the [\w ]+'s transaction"
                    r"|inside an? operation", re.IGNORECASE)

# The few public functions that rightly write outside an operation.
NOT_OPERATIONS = {
    # Seeding new books: the defaults every new file starts with, written as the books are
    # opened, before anyone has logged in.
    "desktop.books.open_books", "desktop.savings.seed_savings_products",
    "desktop.loan_products.seed_loan_products",
    # New books' first administrator: there is nobody yet to act.
    "desktop.books.create_first_administrator",
    # Logging in rehashes a password hashed with older parameters.
    "desktop.auth.login",
    # The wrapper of an operation the office marks as needing approval: it checks the role,
    # then writes the request in a transaction of its own.
    "desktop.approvals.approvable",
    # A backup copies the file and notes itself; a restore puts a copy in the books' place.
    # Neither is one transaction; both check the role first (an automatic backup has no user).
    "desktop.backups.make_backup", "desktop.backups.restore_backup",
}
# The demo office is built in a new file, through its own transactions.
DEMO_BUILDER = re.compile(r"desktop\.demo(_\w+)?$")


def _name_of(node: ast.AST) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


def _text(node: ast.AST) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return ""


def writes_directly(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id == "put_setting"
    if not isinstance(func, ast.Attribute):
        return False
    receiver = _name_of(func.value)
    if func.attr in MODEL_WRITES:
        return bool(receiver) and receiver[0].isupper()
    if func.attr in ROW_WRITES:
        return receiver not in FILE_OBJECTS and not isinstance(func.value, ast.Call)  # super().save()
    if func.attr == "put_setting" or (receiver == "audit" and func.attr in ("record", "record_many")):
        return True
    return (func.attr in ("execute_sql", "executemany", "execute") and bool(call.args)
            and bool(SQL_WRITE.match(_text(call.args[0]))))


def _is_operation(function: ast.FunctionDef) -> bool:
    return any(_name_of(d.func if isinstance(d, ast.Call) else d) == "operation"
               for d in function.decorator_list)


class Source:
    """The functions (and methods) of desktop/ and what each calls, read with ast."""

    def __init__(self) -> None:
        trees = {".".join(p.relative_to(ROOT).with_suffix("").parts): ast.parse(p.read_text(encoding="utf-8"))
                 for p in DESKTOP.rglob("*.py")}
        self.functions: dict[tuple[str, str], ast.FunctionDef] = {}
        self.imports: dict[str, tuple[dict, dict]] = {}
        for module, tree in trees.items():
            self.imports[module] = self._imports(tree, trees)
            for node in tree.body:
                if isinstance(node, ast.FunctionDef):
                    self.functions[(module, node.name)] = node
                elif isinstance(node, ast.ClassDef):
                    for item in node.body:
                        if isinstance(item, ast.FunctionDef):
                            self.functions[(module, f"{node.name}.{item.name}")] = item

    @staticmethod
    def _imports(tree: ast.Module, trees: dict) -> tuple[dict, dict]:
        """(names imported from desktop modules, desktop modules imported), by local name."""
        names, modules = {}, {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop"):
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    if full in trees:
                        modules[alias.asname or alias.name] = full
                    else:
                        names[alias.asname or alias.name] = (node.module, alias.name)
        return names, modules

    def callees(self, key: tuple[str, str]) -> Iterator[tuple[str, str]]:
        module = key[0]
        names, modules = self.imports[module]
        for node in ast.walk(self.functions[key]):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                if (module, node.func.id) in self.functions:
                    yield module, node.func.id
                elif node.func.id in names:
                    yield names[node.func.id]
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in modules:
                yield modules[node.func.value.id], node.func.attr

    def writers(self) -> set[tuple[str, str]]:
        """Functions that write, themselves or through a helper that is not an operation
        (calling an operation is fine: it is a transaction of its own)."""
        found = {key for key, function in self.functions.items()
                 if any(isinstance(n, ast.Call) and writes_directly(n) for n in ast.walk(function))}
        calls = {key: set(self.callees(key)) for key in self.functions}
        grown = True
        while grown:
            grown = False
            for key in set(self.functions) - found:
                if any(c in found and not _is_operation(self.functions[c]) for c in calls[key]):
                    found.add(key)
                    grown = True
        return found


def test_every_public_function_that_writes_is_an_operation_or_runs_in_its_callers_transaction():
    source = Source()
    writers = source.writers()
    # The reading finds the writes of an operation and of the helpers it uses.
    assert {("desktop.savings", "deposit"), ("desktop.savings", "post_entry"),
            ("desktop.members", "next_member_number"), ("desktop.collection", "_store")} <= writers
    unexplained, public = [], set()
    for module, name in sorted(writers):
        function = source.functions[(module, name)]
        if any(part.startswith("_") for part in name.split(".")) or _is_operation(function):
            continue
        public.add(f"{module}.{name}")
        documented = INSIDE.search(" ".join((ast.get_docstring(function) or "").split()))
        if not (documented or DEMO_BUILDER.match(module) or f"{module}.{name}" in NOT_OPERATIONS):
            unexplained.append(f"{module}.{name}")
    assert unexplained == []
    assert NOT_OPERATIONS - public == set()  # an entry that no longer writes leaves the list


@pytest.mark.parametrize("code, writes", [
    ("SavingsEntry.create(amount=1)", True), ("Counter.update(last_value=2).execute()", True),
    ("member.save()", True), ("book.save(path)", False), ("values.update(a=1)", False),
    ("audit.record(actor, 'x', 'y', 1)", True), ("put_setting('k', 'v')", True),
    ("database.execute_sql('UPDATE member SET name = 1')", True),
    ("database.execute_sql('SELECT 1')", False), ("Member.select().where(Member.id == 1)", False),
])
def test_the_reading_tells_writes_from_reads(code, writes):
    assert any(writes_directly(n) for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call)) is writes
