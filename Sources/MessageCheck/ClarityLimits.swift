/// Where clarity checks draw the line; profiles and organization files change them.
public struct ClarityLimits: Sendable, Equatable {
    /// Words in a sentence before it is called long (suggestion) and very long (warning).
    public var longSentence = 25
    public var veryLongSentence = 40
    /// Words in one paragraph without a break before it is a wall of text.
    public var wallOfText = 120
    /// Flesch-Kincaid grade above which the message is called hard to read, once it has at
    /// least `wordsForGrade` words (a grade on two sentences means little).
    public var grade = 10.0
    public var wordsForGrade = 30

    public init() {}
}
