import Foundation

/// A competency framework: what it takes to do international BPO and KPO work well, in five
/// levels per competency, with the advice, mistakes, practice and career ladder that go with it.
/// The built-in one ships as `Resources/framework.yaml`; an organization edits its own copy, and
/// every edit gets a new `version` so assessments can say which one they used.
public struct Framework: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var version: Int
    /// The five proficiency levels' names and meanings, shared by every competency.
    public var levels: [LevelName]
    public var competencies: [Competency]
    public var mistakes: [Mistake]
    public var roles: [CareerRole]

    public init(id: String, title: String, version: Int, levels: [LevelName], competencies: [Competency], mistakes: [Mistake] = [], roles: [CareerRole] = []) {
        self.id = id
        self.title = title
        self.version = version
        self.levels = levels
        self.competencies = competencies
        self.mistakes = mistakes
        self.roles = roles
    }

    public func competency(_ id: String) -> Competency? { competencies.first { $0.id == id } }
    public func role(_ id: String) -> CareerRole? { roles.first { $0.id == id } }

    /// Competencies still in use (an organization retires rather than deletes, so old
    /// assessments keep their meaning).
    public var active: [Competency] { competencies.filter { !$0.retired } }

    /// Active competencies by area, areas in the order they first appear: the parts of the
    /// self-assessment, the sections of the framework page, the domains of the Moodle export.
    public var areas: [(name: String, competencies: [Competency])] {
        var areas: [(name: String, competencies: [Competency])] = []
        for c in active {
            if let i = areas.firstIndex(where: { $0.name == c.area }) { areas[i].competencies.append(c) } else { areas.append((c.area, [c])) }
        }
        return areas
    }
}

public struct LevelName: Codable, Sendable, Equatable {
    public var level: Int
    public var name: String
    public var meaning: String
}

public struct Competency: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// A heading that groups competencies on the pages ("Communication", "Growth").
    public var area: String
    public var summary: String
    public var levels: [Level]
    public var dos: [String]
    public var donts: [String]
    public var practice: [PracticeAction]
    public var resources: [LearningResource]
    public var certifications: [Certification]
    /// Behaviour statements a person rates by how often they are true of them.
    public var statements: [Statement]
    /// Situational-judgement questions: a work situation and options keyed by effectiveness.
    public var scenarios: [Scenario]
    public var retired: Bool

    public struct Level: Codable, Sendable, Equatable {
        public var level: Int
        public var behaviours: [String]
    }

    enum CodingKeys: String, CodingKey {
        case id, name, area, summary, levels, dos, donts, practice, resources, certifications, statements, scenarios, retired
    }

    public init(id: String, name: String, area: String, summary: String, levels: [Level], dos: [String], donts: [String],
                practice: [PracticeAction], resources: [LearningResource], certifications: [Certification],
                statements: [Statement], scenarios: [Scenario], retired: Bool = false) {
        self.id = id; self.name = name; self.area = area; self.summary = summary; self.levels = levels
        self.dos = dos; self.donts = donts; self.practice = practice; self.resources = resources
        self.certifications = certifications; self.statements = statements; self.scenarios = scenarios; self.retired = retired
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        area = try c.decodeIfPresent(String.self, forKey: .area) ?? ""
        summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        levels = try c.decodeIfPresent([Level].self, forKey: .levels) ?? []
        dos = try c.decodeIfPresent([String].self, forKey: .dos) ?? []
        donts = try c.decodeIfPresent([String].self, forKey: .donts) ?? []
        practice = try c.decodeIfPresent([PracticeAction].self, forKey: .practice) ?? []
        resources = try c.decodeIfPresent([LearningResource].self, forKey: .resources) ?? []
        certifications = try c.decodeIfPresent([Certification].self, forKey: .certifications) ?? []
        statements = try c.decodeIfPresent([Statement].self, forKey: .statements) ?? []
        scenarios = try c.decodeIfPresent([Scenario].self, forKey: .scenarios) ?? []
        retired = try c.decodeIfPresent(Bool.self, forKey: .retired) ?? false
    }

    public func behaviours(at level: Int) -> [String] { levels.first { $0.level == level }?.behaviours ?? [] }
}

public struct PracticeAction: Codable, Sendable, Equatable {
    public var action: String
    public var cadence: Cadence
    /// The feedback entry this action came from, and its day ("2026-12-02"), when the person
    /// added it from feedback they received. Absent in the framework's own actions.
    public var fromFeedback: UUID?
    public var fromFeedbackOn: String?

    public init(action: String, cadence: Cadence, fromFeedback: UUID? = nil, fromFeedbackOn: String? = nil) {
        self.action = action
        self.cadence = cadence
        self.fromFeedback = fromFeedback
        self.fromFeedbackOn = fromFeedbackOn
    }
}

/// How often a practice action repeats; the plan shows it and check-ins count against it.
public enum Cadence: String, Codable, Sendable, CaseIterable {
    case perShift = "per-shift", daily, weekly, fortnightly, monthly, quarterly, yearly

    public var phrase: String {
        switch self {
        case .perShift: "every shift"
        case .daily: "every day"
        case .weekly: "every week"
        case .fortnightly: "every two weeks"
        case .monthly: "every month"
        case .quarterly: "every quarter"
        case .yearly: "every year"
        }
    }
}

public struct LearningResource: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case course, workshop, reading, practice, community, tool, regulation }
    public var title: String
    public var kind: Kind
    /// Who offers it ("Coursera", "Your employer"); never a made-up address.
    public var provider: String
}

public struct Certification: Codable, Sendable, Equatable {
    public var name: String
    public var issuer: String
}

public struct Statement: Codable, Sendable, Equatable {
    public var text: String
    /// True for a statement that describes the mistake ("I talk over callers"): "always" then
    /// scores lowest.
    public var reversed: Bool

    public init(text: String, reversed: Bool = false) { self.text = text; self.reversed = reversed }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        reversed = try c.decodeIfPresent(Bool.self, forKey: .reversed) ?? false
    }
}

public struct Scenario: Codable, Sendable, Equatable {
    public var id: String
    public var situation: String
    public var options: [Option]

    public struct Option: Codable, Sendable, Equatable {
        public var text: String
        /// 1 (harmful) to 4 (what a role model would do): the key the answer is scored against.
        public var effectiveness: Int
    }
}

/// A common mistake: why it hurts and how to avoid it, tied to the competencies it shows in.
public struct Mistake: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var competencies: [String]
    public var why: String
    public var remedy: String
}

/// A rung of the career ladder, with the level it asks for in each competency.
public struct CareerRole: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// "bpo", "kpo" or "both".
    public var track: String
    public var summary: String
    /// Roles one can move to from here.
    public var next: [String]
    public var requires: [String: Int]
}
