import CrosswiseStore
import Culture
import FormBodies
import Foundation

/// Who is looking: the country they work from (their site's) and the clients their teams serve.
/// One value per request, read by `CultureController.reader`, so every culture page highlights
/// the same things.
struct CultureReader {
    let homeCode: String
    /// The active clients the viewer's teams serve.
    let clients: [(id: UUID, name: String, country: String)]

    func clientNames(in code: String) -> [String] { clients.filter { $0.country == code }.map(\.name) }
}

/// `/culture`: every country with a brief, the viewer's own first, then by name; the countries
/// of the viewer's clients are marked in words ("Your clients: …"), not by colour alone.
struct CultureListPage {
    struct Row { let code, name, href: String; let isHome: Bool; let clients: String? }

    let rows: [Row]
    let homeName: String?
    let pairHref: String?
    let meHref = CultureRoute.me.path
    let peopleVary = CultureBriefs.peopleVary

    init(briefs: CultureBriefs, reader: CultureReader) {
        let home = briefs.country(reader.homeCode)
        homeName = home?.sentenceName
        let sorted = briefs.countries.sorted { $0.name < $1.name }
        let ordered = (home.map { [$0] } ?? []) + sorted.filter { $0.code != home?.code }
        rows = ordered.map { brief in
            let names = reader.clientNames(in: brief.code)
            return Row(code: brief.code, name: brief.name, href: CultureRoute.country(brief.code).path, isHome: brief.code == home?.code,
                       clients: names.isEmpty ? nil : names.joined(separator: ", "))
        }
        // The most useful pair for most agents: home against the first client's country.
        pairHref = home.flatMap { home in reader.clients.first { $0.country != home.code && briefs.country($0.country) != nil } }
            .map { CultureRoute.pair(home!.code, $0.country).path }
    }
}

/// `/culture/:code`: the eight sections, the phrases and the scales, each with its sentence,
/// sources and review date.
struct BriefPage {
    struct Section { let id, title, text: String }
    struct PhraseRow { let meaning, text, lang: String; let transliteration: String?; let pronunciation, language: String }
    struct ScaleRow { let view: ScaleView; let words, says, reviewed: String; let sources: [String] }
    struct PairLink { let label, href: String }
    struct ClientLink { let name, href: String }

    let code, name, languages: String
    let sections: [Section]
    let phrases: [PhraseRow]
    let scales: [ScaleRow]
    let positionsNote: String
    /// The viewer's clients in this country, each linking to its own note.
    let clients: [ClientLink]
    let pair: PairLink?
    /// "I have read this brief", for people serving a client in this country.
    let read: BriefReadView?
    let list = CultureRoute.list.path
    let peopleVary = CultureBriefs.peopleVary

    init(_ brief: CountryBrief, briefs: CultureBriefs, reader: CultureReader, read: BriefReadView? = nil) {
        self.read = read
        code = brief.code
        name = brief.name
        languages = brief.languages.joined(separator: ", ")
        sections = BriefSection.allCases.map { Section(id: "s-\($0.rawValue)", title: $0.title, text: brief.section($0)) }
        phrases = brief.phrases.map {
            PhraseRow(meaning: $0.meaning, text: $0.text, lang: PhraseLanguage.tag($0.language) ?? "", transliteration: $0.transliteration,
                      pronunciation: $0.pronunciation, language: $0.language)
        }
        scales = CultureScale.allCases.map { scale in
            let placement = brief.placement(scale)
            let position = placement?.position ?? 5
            return ScaleRow(view: ScaleView(scale, markers: [(brief.code, position)]), words: ScaleView.words(scale, position),
                            says: placement?.says ?? "", reviewed: DateWords.short(iso: placement?.reviewed ?? ""),
                            sources: (placement?.sources ?? []).compactMap { briefs.source($0)?.citation })
        }
        positionsNote = briefs.positionsNote
        clients = reader.clients.filter { $0.country == brief.code }.map { ClientLink(name: $0.name, href: CultureRoute.client($0.id).path) }
        if let home = briefs.country(reader.homeCode), home.code != brief.code {
            pair = PairLink(label: "\(home.name) and \(brief.name) side by side", href: CultureRoute.pair(home.code, brief.code).path)
        } else {
            pair = nil
        }
    }
}

/// `/culture/:yours/with/:theirs`: both countries on every scale, friction called out in words,
/// and the pair's scripts.
struct PairPage {
    struct Row { let view: ScaleView; let yoursWords, theirsWords, summary: String; let gap: Int; let friction: Bool; let mineWords: String? }
    struct Gap { let title, says: String }
    struct Script { let title, reason: String; let lines: [String] }

    let yours, theirs, yoursCode, theirsCode: String
    /// "the Philippines" inside a sentence.
    let yoursInSentence, theirsInSentence: String
    let rows: [Row]
    let frictionCount: Int
    let scripts: [Script]
    let yoursHref, theirsHref, swapHref: String
    let frictionGap = PairView.frictionGap
    let peopleVary = CultureBriefs.peopleVary
    let positionsNote: String
    /// The viewer's own answers ("Know yourself"): M on each scale and the gaps to watch
    /// against the client's country; nil until they answer, with a link to do so.
    let hasMine: Bool
    let gaps: [Gap]
    let meHref = CultureRoute.me.path

    init(_ pair: PairView, briefs: CultureBriefs, mine: [CultureScale: Int]? = nil) {
        yours = pair.yours.name
        theirs = pair.theirs.name
        yoursCode = pair.yours.code
        yoursInSentence = pair.yours.sentenceName
        theirsInSentence = pair.theirs.sentenceName
        theirsCode = pair.theirs.code
        rows = pair.rows.map { row in
            Row(view: ScaleView(row.scale, markers: [("Y", row.yours), ("C", row.theirs)] + (mine?[row.scale].map { [("M", $0)] } ?? [])),
                yoursWords: ScaleView.words(row.scale, row.yours), theirsWords: ScaleView.words(row.scale, row.theirs),
                summary: pair.summary(of: row), gap: row.gap, friction: row.frictionLikely,
                mineWords: mine?[row.scale].map { ScaleView.words(row.scale, $0) })
        }
        frictionCount = pair.rows.filter(\.frictionLikely).count
        scripts = pair.scripts.map { Script(title: $0.title, reason: $0.reason, lines: $0.lines) }
        yoursHref = CultureRoute.country(pair.yours.code).path
        theirsHref = CultureRoute.country(pair.theirs.code).path
        swapHref = CultureRoute.pair(pair.theirs.code, pair.yours.code).path
        positionsNote = briefs.positionsNote
        hasMine = mine != nil
        gaps = mine.map { SelfPlacement.gaps($0, against: pair.theirs).map { Gap(title: $0.scale.title, says: $0.says) } } ?? []
    }
}

/// A code without a brief: 404, with the closest codes as links.
struct UnknownCountryPage {
    struct Suggestion { let code, name, href: String }
    let typed: String
    let suggestions: [Suggestion]
    let list = CultureRoute.list.path

    init(typed: String, briefs: CultureBriefs, link: (String) -> String) {
        self.typed = String(TextCleaning.line(typed).prefix(40))
        suggestions = briefs.closest(to: typed).compactMap { code in
            briefs.country(code).map { Suggestion(code: code, name: $0.name, href: link(code)) }
        }
    }
}
