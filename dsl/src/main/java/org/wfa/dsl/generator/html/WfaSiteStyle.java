package org.wfa.dsl.generator.html;

/** The site's style sheet, embedded in every page so that each page stands alone, even printed. */
final class WfaSiteStyle {

    static final String CSS = """
            :root { --ink: #111827; --muted: #4b5563; --line: #d1d5db; --accent: #1d4ed8; --band: #f9fafb; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
            nav { display: flex; flex-wrap: wrap; gap: 1.2rem; align-items: baseline; padding: .6rem 1.5rem; background: #1f2937; color: #fff; }
            nav a { color: #fff; }
            nav .home { font-weight: 600; text-decoration: none; margin-right: 1rem; }
            main { padding: 1rem 1.5rem 3rem; max-width: 110rem; }
            h1 { font-size: 1.8rem; margin: .6rem 0; }
            h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
            h3 { font-size: 1.1rem; margin-top: 1.4rem; }
            a { color: var(--accent); }
            .lead { font-size: 1.05rem; color: var(--muted); max-width: 60rem; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
            dl.facts dt { font-weight: 600; }
            dl.facts dd { margin: 0; }
            table { border-collapse: collapse; margin: .6rem 0; }
            th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
            thead th { background: var(--band); }
            td.num { text-align: right; }
            td.letter { text-align: center; font-weight: 600; }
            tr.cross td { background: #fff7ed; }
            .wide { overflow-x: auto; }
            .diagram { overflow: auto; border: 1px solid var(--line); padding: .5rem; background: #fff; }
            .diagram svg { display: block; max-width: none; }
            .legend { color: var(--muted); font-size: .9rem; }
            ul.columns { columns: 2 24rem; }
            ul.findings li.error strong { color: #b91c1c; }
            ul.findings li.warning strong { color: #a16207; }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
            @media print {
              nav { display: none; }
              main { padding: 0; max-width: none; }
              .diagram { overflow: visible; border: none; }
              .diagram svg { max-width: 100%; height: auto; }
              .wide { overflow: visible; }
              table { width: 100%; font-size: 8pt; }
              th, td { padding: .15rem .25rem; overflow-wrap: anywhere; }
              h2 { break-after: avoid; }
              tr { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    private WfaSiteStyle() {}
}
