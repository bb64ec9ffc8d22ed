# Copyright (c) 2026 the libchatlink authors
# SPDX-License-Identifier: MIT
"""The regular expressions of libphonenumber's metadata, compiled ahead of time.

libphonenumber's patterns are written over digits in a small subset of
regular-expression syntax: digits, classes such as [2-9], \\d, groups (?:...)
and (...), alternation, ?, {n} and {n,m}, and $ (end of the number, only in
national-prefix-for-parsing patterns). This module parses that subset and
turns it into two things the C library can run without a regex engine:

- deterministic automata over the ten digits, for "does the whole number
  match" (number patterns) and "does some start of it match" (leading
  digits);
- an ordered list of fixed-shape "paths" for patterns whose *match* matters,
  not only whether there is one (international and national prefixes):
  Java's and JavaScript's regex engines try alternatives left to right and
  take the first that matches, and the paths list the ways a pattern can
  match in exactly that order, each with where its groups start and end.

Anything outside the subset raises RegexError, so new syntax in a future
metadata release stops the generator instead of being misread.

Python 3 standard library only.
"""

ALL_DIGITS = (1 << 10) - 1


class RegexError(Exception):
    pass


# --- Parsing ---------------------------------------------------------------
#
# The tree is made of tuples:
#   ("set", mask)               one digit out of mask (bit d: digit d)
#   ("cat", [node, ...])        concatenation
#   ("alt", [node, ...])        alternation, in the pattern's order
#   ("rep", node, lo, hi)       node lo..hi times, greedy (hi None: unbounded)
#   ("group", node, n)          capturing group n (1-based)
#   ("end",)                    $: the end of the input


class _Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.groups = 0

    def fail(self, what):
        raise RegexError(f"{what} at {self.pos} in {self.text!r}")

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else None

    def take(self):
        c = self.peek()
        self.pos += 1
        return c

    def parse(self):
        node = self.alternation()
        if self.pos != len(self.text):
            self.fail("unexpected ')'")
        return node

    def alternation(self):
        branches = [self.concatenation()]
        while self.peek() == "|":
            self.take()
            branches.append(self.concatenation())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def concatenation(self):
        items = []
        while self.peek() not in (None, "|", ")"):
            items.append(self.quantified())
        return items[0] if len(items) == 1 else ("cat", items)

    def quantified(self):
        atom = self.atom()
        while True:
            c = self.peek()
            if c == "?":
                self.take()
                atom = ("rep", atom, 0, 1)
            elif c == "*":
                self.take()
                atom = ("rep", atom, 0, None)
            elif c == "+":
                self.take()
                atom = ("rep", atom, 1, None)
            elif c == "{":
                self.take()
                lo = self.number()
                hi = lo
                if self.peek() == ",":
                    self.take()
                    hi = self.number()
                if self.take() != "}" or hi < lo:
                    self.fail("bad {n,m}")
                atom = ("rep", atom, lo, hi)
            else:
                return atom
            if self.peek() in ("?", "+") and c != "?":
                self.fail("lazy or possessive quantifier")

    def number(self):
        start = self.pos
        while self.peek() is not None and self.peek().isdigit():
            self.take()
        if start == self.pos:
            self.fail("expected a number")
        return int(self.text[start:self.pos])

    def atom(self):
        c = self.take()
        if c is not None and "0" <= c <= "9":
            return ("set", 1 << (ord(c) - 48))
        if c == "\\":
            if self.take() != "d":
                self.fail("escape other than \\d")
            return ("set", ALL_DIGITS)
        if c == "[":
            return ("set", self.char_class())
        if c == "(":
            number = None
            if self.text.startswith("?:", self.pos):
                self.pos += 2
            elif self.peek() == "?":
                self.fail("group other than (?:...)")
            else:
                self.groups += 1
                number = self.groups
            inner = self.alternation()
            if self.take() != ")":
                self.fail("missing ')'")
            return ("cat", [inner]) if number is None else ("group", inner, number)
        if c == "$":
            return ("end",)
        self.fail(f"unsupported {c!r}")

    def char_class(self):
        mask = 0
        if self.peek() == "^":
            self.fail("negated class")
        while True:
            c = self.take()
            if c == "]" and mask:
                return mask
            if c == "\\" and self.peek() == "d":
                self.take()
                mask |= ALL_DIGITS
                continue
            if c is None or not "0" <= c <= "9":
                self.fail("class member that is not a digit")
            lo = hi = ord(c) - 48
            if self.peek() == "-" and self.text[self.pos + 1:self.pos + 2] != "]":
                self.take()
                end = self.take()
                if end is None or not "0" <= end <= "9":
                    self.fail("bad range")
                hi = ord(end) - 48
                if hi < lo:
                    self.fail("empty range")
            for d in range(lo, hi + 1):
                mask |= 1 << d


def parse(text):
    """Parse a pattern; returns (tree, number of capturing groups)."""
    p = _Parser(text)
    tree = p.parse()
    return tree, p.groups


# --- Automata -------------------------------------------------------------
#
# An NFA is a list of states; state i is a list of (mask, target) edges,
# where mask 0 is an empty move. Built by Thompson's construction.


class _Nfa:
    def __init__(self):
        self.edges = []

    def state(self):
        self.edges.append([])
        return len(self.edges) - 1

    def build(self, node, start, end):
        kind = node[0]
        if kind == "set":
            self.edges[start].append((node[1], end))
        elif kind == "cat":
            cur = start
            for i, item in enumerate(node[1]):
                nxt = end if i == len(node[1]) - 1 else self.state()
                self.build(item, cur, nxt)
                cur = nxt
            if not node[1]:
                self.edges[start].append((0, end))
        elif kind == "alt":
            for branch in node[1]:
                self.build(branch, start, end)
        elif kind == "group":
            self.build(node[1], start, end)
        elif kind == "rep":
            _, inner, lo, hi = node
            cur = start
            for _ in range(lo):
                nxt = self.state()
                self.build(inner, cur, nxt)
                cur = nxt
            if hi is None:
                loop = self.state()
                self.edges[cur].append((0, loop))
                after = self.state()
                self.build(inner, loop, after)
                self.edges[after].append((0, loop))
                self.edges[loop].append((0, end))
            else:
                for _ in range(hi - lo):
                    self.edges[cur].append((0, end))
                    nxt = self.state()
                    self.build(inner, cur, nxt)
                    cur = nxt
                self.edges[cur].append((0, end))
        elif kind == "end":
            raise RegexError("$ in a pattern matched as a whole")
        else:
            raise AssertionError(kind)

    def closure(self, states):
        seen = set(states)
        todo = list(states)
        while todo:
            s = todo.pop()
            for mask, t in self.edges[s]:
                if mask == 0 and t not in seen:
                    seen.add(t)
                    todo.append(t)
        return frozenset(seen)


class Dfa:
    """A DFA over the digits: next[s][d] is the state after digit d (None:
    no match can follow); accept[s] says whether s ends a match. State 0
    is the start."""

    def __init__(self, next_, accept):
        self.next = next_
        self.accept = accept


def _explore(start, step, label):
    """Build a DFA by numbering the states reachable from `start` in the
    order found: step(state, digit) gives the next state (None: dead),
    label(state) its accept label."""
    index = {start: 0}
    states = [start]
    next_ = []
    labels = []
    i = 0
    while i < len(states):
        current = states[i]
        row = []
        for d in range(10):
            target = step(current, d)
            if target is not None and target not in index:
                index[target] = len(states)
                states.append(target)
            row.append(index[target] if target is not None else None)
        next_.append(row)
        labels.append(label(current))
        i += 1
    return Dfa(next_, labels)


def _dfa_from_nfa(nfa, start, final):
    """Subset construction: a DFA state is the set of NFA states it stands for."""
    def step(current, d):
        moved = [t for s in current for mask, t in nfa.edges[s] if mask >> d & 1]
        return nfa.closure(moved) if moved else None

    return _explore(nfa.closure([start]), step, lambda current: final in current)


def compile_tree(tree):
    nfa = _Nfa()
    start, final = nfa.state(), nfa.state()
    nfa.build(tree, start, final)
    return _dfa_from_nfa(nfa, start, final)


def compile_pattern(text):
    """The DFA of a whole-match pattern."""
    tree, _ = parse(text)
    return compile_tree(tree)


def product(a, b, keep):
    """The DFA of two DFAs run side by side; accept[s] = keep(accept_a, accept_b).
    None stands for the dead state of either side."""
    index = {(0, 0): 0}
    pairs = [(0, 0)]
    next_ = []
    accept = []
    i = 0
    while i < len(pairs):
        sa, sb = pairs[i]
        row = []
        for d in range(10):
            ta = a.next[sa][d] if sa is not None else None
            tb = b.next[sb][d] if sb is not None else None
            if ta is None and tb is None:
                row.append(None)
                continue
            if (ta, tb) not in index:
                index[(ta, tb)] = len(pairs)
                pairs.append((ta, tb))
            row.append(index[(ta, tb)])
        next_.append(row)
        accept.append(keep(sa is not None and a.accept[sa], sb is not None and b.accept[sb]))
        i += 1
    return trim(Dfa(next_, accept))


def lengths_dfa(lengths):
    """The DFA of every digit string whose length is in `lengths`."""
    top = max(lengths)
    next_ = [[i + 1] * 10 if i < top else [None] * 10 for i in range(top + 1)]
    return Dfa(next_, [i in lengths for i in range(top + 1)])


def trim(dfa):
    """Drop the states from which no accepting state can be reached."""
    n = len(dfa.next)
    live = [dfa.accept[s] for s in range(n)]
    changed = True
    while changed:
        changed = False
        for s in range(n):
            if not live[s] and any(t is not None and live[t] for t in dfa.next[s]):
                live[s] = True
                changed = True
    if not live[0]:
        return Dfa([[None] * 10], [False])
    order = [s for s in range(n) if live[s]]
    new = {s: i for i, s in enumerate(order)}
    next_ = [[new[t] if t is not None and live[t] else None for t in dfa.next[s]] for s in order]
    return Dfa(next_, [dfa.accept[s] for s in order])


def minimize_together(dfas, dead_label=False):
    """Minimize several DFAs as one automaton, so that states with the same
    future (e.g. "any six more digits, then stop") are shared between them.
    accept[] may hold any label (not only True/False): states merge only
    when their labels are equal, and dead_label is the dead state's.

    Returns (next, accept, starts): one table of states, with state 0 the
    dead state, and the start state of each DFA."""
    # Number all states; global state 0 is the dead state.
    offset = []
    total = 1
    for dfa in dfas:
        offset.append(total)
        total += len(dfa.next)
    succ = [[0] * 10]
    final = [dead_label]
    for dfa, base in zip(dfas, offset):
        for s, row in enumerate(dfa.next):
            succ.append([base + t if t is not None else 0 for t in row])
            final.append(dfa.accept[s])

    # Moore's partition refinement: split blocks by (accept, blocks of the
    # ten successors) until nothing splits.
    labels = {}
    block = [labels.setdefault(f, len(labels)) for f in final]
    block[0] = len(labels)  # the dead state stays alone so that it is numbered 0
    count = len(set(block))
    while True:
        signatures = {}
        new_block = []
        for s in range(total):
            key = (block[s],) + tuple(block[t] for t in succ[s])
            new_block.append(signatures.setdefault(key, len(signatures)))
        if len(signatures) == count:
            break
        block, count = new_block, len(signatures)

    # Number the blocks: the dead state's block first, then in order of
    # first appearance, so the output does not depend on dict order.
    number = {block[0]: 0}
    for s in range(total):
        number.setdefault(block[s], len(number))
    next_ = [None] * len(number)
    accept = [False] * len(number)
    for s in range(total):
        b = number[block[s]]
        if next_[b] is None:
            next_[b] = [number[block[t]] for t in succ[s]]
            accept[b] = final[s]
    return next_, accept, [number[block[base]] for base in offset]


# --- Paths: matches in the order a backtracking engine finds them ----------

MAX_PATHS = 20000


def paths(tree):
    """Every way `tree` can match, in the order in which a backtracking
    engine (Java's, JavaScript's) tries them: alternatives left to right,
    greedy repetition longest first, ? as "once, then none".

    A path is (masks, end, groups): the digit set of each position it
    consumes, whether it must end the input ($), and {group: (start, end)}
    for the groups it passes through. The first path in this order that
    fits the start of an input is the match those engines report."""
    return _paths(tree)


def _join(a, b):
    masks_a, end_a, groups_a = a
    masks_b, end_b, groups_b = b
    if end_a and masks_b:
        return None  # $ followed by more digits never matches
    shift = len(masks_a)
    groups = dict(groups_a)
    for g, (s, e) in groups_b.items():
        groups[g] = (s + shift, e + shift)
    return (masks_a + masks_b, end_a or end_b, groups)


def _paths(node):
    kind = node[0]
    if kind == "set":
        return [((node[1],), False, {})]
    if kind == "end":
        return [((), True, {})]
    if kind == "alt":
        out = []
        for branch in node[1]:
            out.extend(_paths(branch))
        return _limit(out)
    if kind == "cat":
        out = [((), False, {})]
        for item in node[1]:
            out = _then(out, _paths(item))
        return out
    if kind == "group":
        out = []
        for masks, end, groups in _paths(node[1]):
            groups = dict(groups)
            groups[node[2]] = (0, len(masks))
            out.append((masks, end, groups))
        return out
    if kind == "rep":
        _, inner, lo, hi = node
        # Greedy, as a backtracking engine tries it: one more repetition
        # (with all its choices) before stopping here.
        if hi is None:
            raise RegexError("unbounded repetition where the match matters")
        if hi == 0:
            return [((), False, {})]
        out = _then(_paths(inner), _paths(("rep", inner, max(lo - 1, 0), hi - 1)))
        if lo == 0:
            out.append(((), False, {}))
        return _limit(out)
    raise AssertionError(kind)


def _then(first, second):
    """Each path of `first` followed by each of `second`, in the order tried."""
    out = []
    for a in first:
        for b in second:
            j = _join(a, b)
            if j is not None:
                out.append(j)
    return _limit(out)


def _limit(out):
    if len(out) > MAX_PATHS:
        raise RegexError(f"more than {MAX_PATHS} ways to match")
    return out


def prefix_dfa(path_list):
    """A DFA that tells which of `path_list` a backtracking engine would
    match at the start of an input: the first one, in the list's order,
    that fits.

    A state is the set of (path, position) pairs still running plus the
    best path that has already ended; paths after that one can no longer
    win and are dropped. Each state is labelled (best, best_at_end): the
    answer if the input goes on with a digit the state has no move for,
    and the answer if the input ends there (which also lets paths ending
    in $ match). -1: no match."""

    def state(running, best):
        at_end = None
        for p, pos in running:
            masks, end, _ = path_list[p]
            if pos == len(masks):
                if not end and (best is None or p < best):
                    best = p
                if end and (at_end is None or p < at_end):
                    at_end = p
        if best is not None and (at_end is None or best < at_end):
            at_end = best
        running = frozenset((p, pos) for p, pos in running
                            if pos < len(path_list[p][0]) and (best is None or p < best))
        return (running, best, at_end)

    def step(current, d):
        running, best, _ = current
        moved = frozenset((p, pos + 1) for p, pos in running if path_list[p][0][pos] >> d & 1)
        return state(moved, best) if moved else None

    def label(current):
        _, best, at_end = current
        return (-1 if best is None else best, -1 if at_end is None else at_end)

    return _explore(state(frozenset((p, 0) for p in range(len(path_list))), None), step, label)
