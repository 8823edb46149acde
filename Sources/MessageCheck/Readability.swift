/// How hard a message is to read, from its words, sentences and syllables: the Flesch reading
/// ease (0-100, higher is easier; 60-70 is plain English) and the Flesch-Kincaid grade (the
/// US school year a reader needs; 8 or below suits most readers in a second language).
public struct Readability: Sendable, Equatable, Codable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    public var readingEase: Double
    public var grade: Double

    public init(words: Int, sentences: Int, syllables: Int) {
        self.words = words
        self.sentences = max(sentences, words > 0 ? 1 : 0)
        self.syllables = syllables
        guard words > 0 else { readingEase = 100; grade = 0; return }
        let perSentence = Double(words) / Double(self.sentences)
        let perWord = Double(syllables) / Double(words)
        readingEase = 206.835 - 1.015 * perSentence - 84.6 * perWord
        grade = 0.39 * perSentence + 11.8 * perWord - 15.59
    }

    /// A word for the gauge: what the reading ease means to a writer.
    public var band: String {
        switch readingEase {
        case 70...: "easy"
        case 60..<70: "plain"
        case 50..<60: "fairly hard"
        case 30..<50: "hard"
        default: "very hard"
        }
    }
}
