/// The review page's style sheet, inline so the page needs nothing from the network.
///
/// Claims are highlighted with their rating's colour (``ReviewPalette``), mentions are
/// underlined by kind (numbers solid, dates dashed, quotes dotted), and print rules keep the
/// colours, show link targets and keep each claim's card on one page where it fits.
enum HTMLReviewStyle {
    static func css(_ palette: ReviewPalette) -> String {
        base + "\n" + palette.css + "\n" + print
    }

    private static let base = """
        :root { color-scheme: light; --hl: hsl(220 22% 91%); --ink: hsl(220 15% 40%); }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f4f4f1; color: #1d1d1f; font: 16px/1.5 system-ui, "DejaVu Sans", "Liberation Sans", sans-serif; }
        main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; background: #fff; min-height: 100vh; }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: 0.2rem 0 0.6rem; }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 2px solid #e2e2dc; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
        a { color: #0b57a4; }
        code { font: 0.85em/1.3 ui-monospace, "DejaVu Sans Mono", monospace; word-break: break-all; }
        .kicker { color: #666; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.06em; margin: 0; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
        dl.meta dt { color: #666; }
        dl.meta dd { margin: 0; }
        .counts { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.8rem 0; padding: 0; list-style: none; }
        .counts li { background: #f0f0ea; border-radius: 1rem; padding: 0.15rem 0.75rem; font-size: 0.85rem; }
        .legend { border: 1px solid #e2e2dc; border-radius: 0.5rem; padding: 0.6rem 0.9rem; margin: 1rem 0; font-size: 0.85rem; }
        .legend p { margin: 0.2rem 0; }
        .legend .swatch { display: inline-block; margin: 0.15rem 0.6rem 0.15rem 0; padding: 0 0.45rem; border-radius: 0.25rem; background: var(--hl); }
        nav.toc ol { margin: 0.3rem 0 1rem; }
        .article { font: 1.06rem/2 Georgia, "DejaVu Serif", "Liberation Serif", serif; white-space: pre-wrap; overflow-wrap: break-word;
                   padding: 1rem 1.25rem; border: 1px solid #e2e2dc; border-radius: 0.5rem; background: #fffefa; }
        .notice { background: #fff6dd; border-left: 4px solid #d9a400; padding: 0.5rem 0.8rem; font-size: 0.9rem; }
        mark.claim { background: var(--hl); color: inherit; padding: 0.12em 0; border-radius: 0.15em;
                     -webkit-box-decoration-break: clone; box-decoration-break: clone; }
        mark.claim.r-dismissed { background: #eeeeee; color: #6b6b6b; }
        a.claim-link { color: inherit; text-decoration: none; }
        a.claim-tag { font: 600 0.68rem/1 system-ui, "DejaVu Sans", sans-serif; vertical-align: 0.55em; margin: 0 0.1rem 0 0.15rem;
                      padding: 0.08rem 0.28rem; border-radius: 0.6rem; background: var(--ink); color: #fff; text-decoration: none; }
        a.claim-tag.r-dismissed { background: #8a8a8a; }
        .mention { text-underline-offset: 0.28em; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
        .m-number { text-decoration-line: underline; text-decoration-style: solid; text-decoration-color: #1f5fbf; }
        .m-date { text-decoration-line: underline; text-decoration-style: dashed; text-decoration-color: #1b7f3b; }
        .m-quote { text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: #8e24aa; text-underline-offset: 0.45em; }
        .legend .mention { padding: 0 0.2rem; }
        .claims { display: grid; gap: 0.9rem; }
        .claim-card { border: 1px solid #dcdcd6; border-left: 6px solid var(--ink); border-radius: 0.5rem; padding: 0.7rem 1rem; break-inside: avoid; }
        .claim-card.r-dismissed { border-left-color: #b5b5b5; background: #fafafa; }
        .claim-card header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.7rem; }
        .claim-id { font-weight: 700; text-decoration: none; }
        .badge { display: inline-block; background: var(--ink); color: #fff; border-radius: 0.3rem; padding: 0.05rem 0.5rem; font-size: 0.82rem; font-weight: 600; }
        .badge.r-dismissed { background: #8a8a8a; }
        .pill { font-size: 0.8rem; color: #555; border: 1px solid #d4d4cf; border-radius: 0.8rem; padding: 0 0.5rem; }
        .score { display: inline-flex; align-items: center; gap: 0.35rem; font-size: 0.82rem; color: #444; }
        .scorebar { display: inline-block; width: 4.5rem; height: 0.45rem; background: #e4e4df; border-radius: 0.25rem; overflow: hidden; }
        .scorebar span { display: block; height: 100%; background: #3d6fb6; }
        blockquote.quote { margin: 0.6rem 0; font: 1rem/1.55 Georgia, "DejaVu Serif", serif; }
        blockquote.quote .context { color: #8a8a8a; }
        blockquote.quote q { quotes: none; background: var(--hl); }
        .claim-card.r-dismissed blockquote.quote q { background: #eeeeee; }
        .facts { font-size: 0.82rem; color: #555; margin: 0.2rem 0; }
        .dismissal { font-size: 0.88rem; color: #6b4e00; background: #fff6dd; padding: 0.25rem 0.5rem; border-radius: 0.3rem; }
        .claim-card h4 { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.05em; color: #666; margin: 0.7rem 0 0.2rem; }
        .claim-card ul { margin: 0; padding-left: 1.2rem; font-size: 0.92rem; }
        .relation { font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
        .relation.supports { color: #1b7f3b; } .relation.refutes { color: #b3261e; } .relation.context { color: #555; }
        table.history { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
        table.history th, table.history td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e6e6e1; }
        table.history th { font-size: 0.75rem; color: #666; text-transform: uppercase; letter-spacing: 0.04em; }
        table.history tr.current td { background: #f3f8ef; }
        table.history tr.draft td { color: #777; font-style: italic; }
        footer { margin-top: 3rem; color: #777; font-size: 0.8rem; }
        """

    private static let print = """
        @media print {
          body { background: #fff; font-size: 10.5pt; }
          main { max-width: none; padding: 0; min-height: 0; }
          nav.toc { display: none; }
          mark.claim, a.claim-tag, .badge, .legend .swatch, blockquote.quote q, .scorebar span, .claim-card {
            -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .article { border: none; padding: 0; background: none; }
          a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.8em; color: #555; word-break: break-all; }
          section.document { break-before: page; }
          section.document:first-of-type { break-before: auto; }
          h2, h3, .claim-card header { break-after: avoid; }
        }
        """
}
