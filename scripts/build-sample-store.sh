#!/usr/bin/env bash
# Rebuilds annotations/, the project's own store, from the bundled sample articles.
#
# Every step is an ordinary claimkit command, so this script is also a worked example of the
# fact-checker's workflow. Published verdicts are given only where a well-known public record
# settles the claim; the rest are drafts. Each rationale says what was checked against what.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product claimkit >/dev/null
ck() { "$(swift build --show-bin-path)/claimkit" "$@" --store annotations; }
seeds=Tests/ClaimKitTests/Fixtures/seeds

# The id of the claim in DOC whose text contains PHRASE; added by quote if the extractor
# did not flag it.
claim() {
    local doc=$1 phrase=$2 id
    id=$("$(swift build --show-bin-path)/claimkit" claims "$doc" --store annotations --format json | python3 -c '
import json, sys
phrase = sys.argv[1]
for row in json.load(sys.stdin):
    if phrase in row["claim"]["selector"]["exact"]:
        print(row["document"] + "#" + row["claim"]["id"]); break' "$phrase")
    if [ -z "$id" ]; then
        id=$(ck claim add "$doc" --quote "$phrase" --by "claimkit maintainers" | awk '{print $2}')
    fi
    echo "$id"
}

rm -rf annotations
"$(swift build --show-bin-path)/claimkit" init annotations >/dev/null
ck add "$seeds/000_2d6beb6aebf89fa1.txt" --id peace-plan-hurdles --title "Ukraine Peace Plan Faces Steep Hurdles as Russia Digs In" >/dev/null
ck add "$seeds/001_245c95dc91bbb165.txt" --id leaders-meet --title "U.S. and Ukraine Leaders Meet to Revive Peace Talks Amid Conflict" >/dev/null
ck add "$seeds/002_71288f6fbee5ea84.txt" --id talks-stall --title "Ukraine-Russia Peace Talks Stall Again" >/dev/null
ck add "$seeds/003_6e8a2ca9ae941b49.txt" --id five-agreements --title "Saying the US obstructed negotiations deflects from Russia violating five prior agreements" >/dev/null
ck add "$seeds/004_93d92414a5d97f2f.txt" --id negotiation-now --title "Negotiation Now: We Must Ramp Up Diplomacy to End the War in Ukraine" >/dev/null

# 002: the start of the full-scale invasion, a matter of public record.
c=$(claim talks-stall "took place on February 28, four days after the invasion officially began")
ck source add "$c" --url "https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine" --title "Russian invasion of Ukraine" --publisher Wikipedia --relation supports --accessed 2026-11-23 >/dev/null
ck source add "$c" --url "https://en.wikipedia.org/wiki/2022_Russia%E2%80%93Ukraine_peace_negotiations" --title "2022 Russia–Ukraine peace negotiations" --publisher Wikipedia --relation supports --accessed 2026-11-23 >/dev/null
ck verdict "$c" --rating true --reviewer "claimkit maintainers" --date 2026-11-23 --source s1 --source s2 \
    --rationale "Checked the two dates against the public record: Russia's full-scale invasion began on 24 February 2022 and the first round of talks was held on 28 February 2022 at the Belarus border; 28 - 24 = 4 days. Only the dates were checked, not the talks' agenda." >/dev/null

# 001: the meeting's year, against the date Marco Rubio took office.
c=$(claim leaders-meet "will convene on November 30, 2023")
ck source add "$c" --url "https://www.state.gov/biographies/marco-rubio/" --title "Marco Rubio, Secretary of State" --publisher "U.S. Department of State" --relation refutes --accessed 2026-11-23 >/dev/null
ck verdict "$c" --rating false --reviewer "claimkit maintainers" --date 2026-11-23 --source s1 \
    --rationale "Checked only the year. The article has Marco Rubio attend as U.S. Secretary of State, an office he took on 21 January 2025 (State Department biography), so the meeting cannot have been set for 30 November 2023; the page's own navigation dates it to late 2025. The day and month were not checked." >/dev/null
c=$(claim leaders-meet "1,100 guided aerial bomb strikes")
s=$(ck source add "$c" --url "https://www.president.gov.ua/en/news/speeches" --title "Speeches and addresses of the President of Ukraine" --publisher "Office of the President of Ukraine" --relation context --accessed 2026-11-23 \
    --note "Where the weekly figures would be stated; the statement for that week is still to be found." | awk '{print $3}')
ck verdict "$c" --rating unverifiable --reviewer "claimkit maintainers" --date 2026-11-23 --draft --source "$s" \
    --rationale "Draft: the figures are attributed to President Zelensky; his statement for that week has not been located yet. To check against the President's office or the Ukrainian Air Force weekly summary." >/dev/null

# 003: the Budapest Memorandum's commitments.
c=$(claim five-agreements "Ukraine relinquished its nuclear arms in exchange for reassurances")
ck source add "$c" --url "https://en.wikipedia.org/wiki/Budapest_Memorandum" --title "Budapest Memorandum" --publisher Wikipedia --relation supports --accessed 2026-11-23 >/dev/null
ck verdict "$c" --rating true --reviewer "claimkit maintainers" --date 2026-11-23 --source s1 \
    --rationale "Checked against the Memorandum on Security Assurances signed in Budapest on 5 December 1994 by Ukraine, Russia, the United States and the United Kingdom: in return for Ukraine joining the NPT as a non-nuclear-weapon state, the signatories committed to respect its independence, sovereignty and existing borders. Checked the commitments only, not the article's claims about violations." >/dev/null
c=$(claim five-agreements "well over 500,000 stolen Ukrainian children")
s=$(ck source add "$c" --url "https://childrenofwar.gov.ua/en/" --title "Children of War" --publisher "Government of Ukraine" --relation context --accessed 2026-11-23 \
    --note "The government's count of deported children, to compare with the article's figure." | awk '{print $3}')
ck verdict "$c" --rating unverifiable --reviewer "claimkit maintainers" --date 2026-11-23 --draft --source "$s" \
    --rationale "Draft: the article gives no source for the 500,000 figure. To check against the Ukrainian government's count of verified deported children." >/dev/null

# 004: the arms-control withdrawals, and the article's own footnote as a source.
c=$(claim negotiation-now "Anti-Ballistic Missile Treaty in 2002")
ck source add "$c" --url "https://en.wikipedia.org/wiki/Anti-Ballistic_Missile_Treaty" --title "Anti-Ballistic Missile Treaty" --publisher Wikipedia --relation supports --accessed 2026-11-23 >/dev/null
ck source add "$c" --url "https://en.wikipedia.org/wiki/Intermediate-Range_Nuclear_Forces_Treaty" --title "Intermediate-Range Nuclear Forces Treaty" --publisher Wikipedia --relation supports --accessed 2026-11-23 >/dev/null
ck source add "$c" --url "https://en.wikipedia.org/wiki/Treaty_on_Open_Skies" --title "Treaty on Open Skies" --publisher Wikipedia --relation supports --accessed 2026-11-23 >/dev/null
ck verdict "$c" --rating true --reviewer "claimkit maintainers" --date 2026-11-23 --source s1 --source s2 --source s3 \
    --rationale "Checked the three withdrawal years: the U.S. withdrawal from the ABM Treaty took effect on 13 June 2002, from the INF Treaty on 2 August 2019, and from the Open Skies Treaty on 22 November 2020." >/dev/null
c=$(claim negotiation-now "12,600 Ukrainian civilians have lost their lives")
ck source add "$c" --url "https://www.ohchr.org/en/countries/ukraine" --title "Ukraine (UN Human Rights Office)" --publisher "United Nations" --relation context --accessed 2026-11-23 \
    --note "The article's footnote 1 cites 'Ukraine three years on: Pain, loss, solidarity and hope for a better future', United Nations, 23 February 2025, without a URL." >/dev/null
ck verdict "$c" --rating unverifiable --reviewer "claimkit maintainers" --date 2026-11-23 --draft \
    --rationale "Draft: to compare with the UN Human Rights Monitoring Mission's civilian casualty update of February 2025, the source footnote 1 names." >/dev/null

"$(swift build --show-bin-path)/claimkit" status --store annotations
