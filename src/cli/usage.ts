import { version } from '../../package.json';

export const VERSION = version;

export const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export const USAGE = `Usage: sift clean [--format text|markdown|html|json] [--url URL] [--mark] [--no-names]
                  [--speakers] [--pretty] [--jobs N] [--quiet] [--force] [--out DIR] FILE...

Turns saved or scraped news pages into the article alone: the body once, without page debris,
with the people, organisations and places named, and who said what.

  FILE            .html/.htm (a page) or .txt (scraped text); other files are sniffed;
                  a directory means the .html, .htm and .txt files in it, at any depth;
                  - reads standard input. At most 64 MiB each.
  --format FMT    text (default), markdown, html (a standalone document) or json
  --url URL       the page's address (resolves relative links, shown in the output)
  -m, --mark      text format: colour the names (bold yellow: speakers, cyan: people,
                  magenta: organisations, green: places)
  --no-names      skip looking for names and speakers (the slow part on very long pages)
  --speakers      add who said what: after the article (text, html), or as YAML front
                  matter with people, places and speakers (markdown); json always has it
  --pretty        json: indented for reading instead of one object per line
  -j, --jobs N    clean N files at a time, each in a thread of its own (default: the
                  number of cores); output stays in input order
  -q, --quiet     no progress line or summary on a terminal
  --force         read a page that does not look like an article (a sign-in form, search
                  results, a section front) all the same
  -o, --out DIR   write each article to DIR as NAME.txt/.md/.html/.json (NAME: the file's
                  name, or its path inside a directory argument) instead of printing it;
                  each file is written whole or not at all
  -h, --help      show this help
  -V, --version   show the version

Text, markdown and html hold the title, the byline/site/date/URL line, the lead and the
body, once. With --format json, each article is one JSON object on one line (JSON Lines)
with a "source" field holding the file's path, and an "error" field instead of the article
when it failed, whether one FILE or many. With other formats, several FILEs (or a directory)
are each preceded by a header line "==> FILE <==", with a blank line between articles (as
head and tail do). With stderr on a terminal, several FILEs show progress there (files done,
pages per second, time left) and a summary line at the end.

A FILE that cannot be read, holds no article or makes its thread run out of memory is
reported on stderr as "sift: FILE: reason" (such as "no article found (the page looks like a
sign-in form)"); the others are still processed and the exit status is 1. Exit status 2: bad usage.
`;
