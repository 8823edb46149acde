import Culture

/// One scale drawn as a row of nine positions, with every marker also said in words: the
/// drawing is `aria-hidden` and carries letters, not only colours, and the sentence beside it is
/// what a screen reader reads.
struct ScaleView {
    struct Cell { let position: Int; let marks: String; let marked: Bool }

    let title, low, high: String
    let cells: [Cell]

    /// `markers` are (letter, position) pairs: "Y" for you, "C" for the client's country, "M" for me.
    init(_ scale: CultureScale, markers: [(String, Int)]) {
        title = scale.title
        low = scale.low
        high = scale.high
        cells = CultureScale.positions.map { position in
            let letters = markers.filter { $0.1 == position }.map(\.0).joined()
            return Cell(position: position, marks: letters, marked: !letters.isEmpty)
        }
    }

    /// "7 of 9, towards indirect".
    static func words(_ scale: CultureScale, _ position: Int) -> String {
        let side = position < 5 ? ", towards \(scale.low)" : position > 5 ? ", towards \(scale.high)" : ", the middle"
        return "\(position) of 9\(side)"
    }
}

/// BCP 47 tags for the phrase languages the briefs use, so a screen reader switches voice and a
/// browser picks the right font. Unknown names get no tag rather than a wrong one.
enum PhraseLanguage {
    static func tag(_ name: String) -> String? {
        let tags = ["Afrikaans": "af", "Arabic": "ar", "Cebuano": "ceb", "Dutch": "nl", "English": "en", "Filipino": "fil",
                    "French": "fr", "German": "de", "Hindi": "hi", "Irish": "ga", "Italian": "it", "Japanese": "ja", "Korean": "ko",
                    "Malay": "ms", "Mandarin": "zh", "Māori": "mi", "Polish": "pl", "Portuguese": "pt", "Spanish": "es", "Tamil": "ta",
                    "Vietnamese": "vi", "Welsh": "cy", "isiZulu": "zu"]
        return name.split(separator: " ").first.flatMap { tags[String($0)] }
    }
}
