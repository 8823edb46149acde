/// Data-protection laws that can apply to a client's data. Raw values are stored; titles are shown.
public enum DataRegime: String, CaseIterable, Sendable {
    case gdpr, ukGDPR = "uk-gdpr", ccpa, hipaa, pciDSS = "pci-dss", glba, pipeda, auPrivacyAct = "au-privacy"
    case dpdp, phDPA = "ph-dpa", uaePDPL = "uae-pdpl", difcDPL = "difc-dpl", lgpd, popia, pdpaMY = "my-pdpa"

    public var title: String {
        switch self {
        case .gdpr: "GDPR"
        case .ukGDPR: "UK GDPR"
        case .ccpa: "CCPA / CPRA"
        case .hipaa: "HIPAA"
        case .pciDSS: "PCI DSS"
        case .glba: "GLBA"
        case .pipeda: "PIPEDA"
        case .auPrivacyAct: "Privacy Act 1988 (AU)"
        case .dpdp: "DPDP Act (India)"
        case .phDPA: "Data Privacy Act (Philippines)"
        case .uaePDPL: "PDPL (UAE)"
        case .difcDPL: "DIFC Data Protection Law"
        case .lgpd: "LGPD (Brazil)"
        case .popia: "POPIA (South Africa)"
        case .pdpaMY: "PDPA (Malaysia)"
        }
    }

    /// Accepts the stored value or the title as typed in a CSV ("UK GDPR", "pci dss").
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        let squashed = key.filter { $0.isLetter || $0.isNumber }
        if let match = DataRegime(rawValue: key) { self = match; return }
        guard let match = DataRegime.allCases.first(where: {
            $0.title.lowercased().filter { $0.isLetter || $0.isNumber } == squashed || $0.rawValue.filter { $0.isLetter || $0.isNumber } == squashed
        }) else { return nil }
        self = match
    }
}
