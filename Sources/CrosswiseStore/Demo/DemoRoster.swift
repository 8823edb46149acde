/// The people, teams, sites and clients of the demo company, Meridian Shore Services: a
/// mid-sized outsourcer with delivery centres in Manila, Bengaluru and Kraków serving clients in
/// New York, Toronto, London, Sydney, Dubai and Chicago. Invented names throughout; e-mail
/// addresses use the reserved example.com domain.
enum DemoRoster {
    static let organization = "Meridian Shore Services"
    static let domain = "meridianshore.example.com"

    struct SiteSeed { let name, city, country, zone, subdivision: String; let languages: String }
    static let sites = [
        SiteSeed(name: "Manila – Ortigas", city: "Pasig", country: "PH", zone: "Asia/Manila", subdivision: "PH-00", languages: "en, fil"),
        SiteSeed(name: "Bengaluru – Whitefield", city: "Bengaluru", country: "IN", zone: "Asia/Kolkata", subdivision: "IN-KA", languages: "en, hi, kn"),
        SiteSeed(name: "Kraków – Zabłocie", city: "Kraków", country: "PL", zone: "Europe/Warsaw", subdivision: "PL-12", languages: "en, pl"),
    ]

    struct ClientSeed { let name, country, zone, hours: String; let regimes: [DataRegime] }
    static let clients = [
        ClientSeed(name: "Harbor & Vine Outfitters", country: "US", zone: "America/New_York", hours: "Mon-Fri 09:00-18:00; Sat 10:00-16:00", regimes: [.ccpa, .pciDSS]),
        ClientSeed(name: "Northline Telecom", country: "CA", zone: "America/Toronto", hours: "Mon-Fri 08:00-20:00; Sat 09:00-17:00", regimes: [.pipeda, .pciDSS]),
        ClientSeed(name: "Albion Mutual Insurance", country: "GB", zone: "Europe/London", hours: "Mon-Fri 08:30-17:30", regimes: [.ukGDPR]),
        ClientSeed(name: "Southern Cross Health Partners", country: "AU", zone: "Australia/Sydney", hours: "Mon-Fri 08:00-17:00", regimes: [.auPrivacyAct]),
        ClientSeed(name: "Falcon Gulf Logistics", country: "AE", zone: "Asia/Dubai", hours: "Mon-Fri 08:00-17:00", regimes: [.uaePDPL, .difcDPL]),
        ClientSeed(name: "Lakeshore Family Clinics", country: "US", zone: "America/Chicago", hours: "Mon-Fri 07:00-19:00", regimes: [.hipaa, .ccpa]),
    ]

    /// A team, its home site (index into `sites`), the shift its members work, and its clients.
    struct TeamSeed { let name: String; let site: Int; let hours: String; let clients: [String] }
    static let teams = [
        TeamSeed(name: "Night Desk – Customer Care", site: 0, hours: "Mon-Fri 21:00-06:00",
                 clients: ["Harbor & Vine Outfitters", "Northline Telecom", "Lakeshore Family Clinics"]),
        TeamSeed(name: "Claims Back Office", site: 1, hours: "Mon-Fri 13:30-22:30",
                 clients: ["Albion Mutual Insurance", "Falcon Gulf Logistics"]),
        TeamSeed(name: "Research & Analytics", site: 1, hours: "Mon-Fri 06:30-15:30",
                 clients: ["Southern Cross Health Partners", "Harbor & Vine Outfitters", "Albion Mutual Insurance"]),
        TeamSeed(name: "EMEA Service Desk", site: 2, hours: "Mon-Fri 08:00-16:00",
                 clients: ["Albion Mutual Insurance", "Falcon Gulf Logistics"]),
    ]

    /// A person: name, team index, role, and what differs from their team's defaults.
    struct PersonSeed {
        let name: String
        let team: Int
        var role: Role = .member
        var hours: String? = nil
        var zone: String? = nil
        var country: String? = nil
        var subdivision: String? = nil
        var weekend: String? = nil
        var languages: String? = nil
        var alsoIn: [Int] = []
    }

    static let people: [PersonSeed] = [
        // Operations: the admin sits in Manila and follows the two largest teams.
        PersonSeed(name: "Isabel Reyes", team: -1, role: .admin, hours: "Mon-Fri 10:00-19:00", alsoIn: [0, 1]),
        // Night Desk, Manila: US and Canadian clients, so the shift runs through the Manila night.
        PersonSeed(name: "Ramon Dizon", team: 0, role: .lead, hours: "Mon-Fri 20:00-05:00"),
        PersonSeed(name: "Angelica Santos", team: 0),
        PersonSeed(name: "Mark Villanueva", team: 0),
        PersonSeed(name: "Joy Bautista", team: 0, hours: "Tue-Sat 21:00-06:00", weekend: "Sun, Mon"),
        PersonSeed(name: "Paolo Mendoza", team: 0),
        PersonSeed(name: "Kristine Aquino", team: 0, hours: "Mon-Fri 22:00-07:00"),
        PersonSeed(name: "Jerome Castillo", team: 0, subdivision: "PH-CEB", languages: "en, fil, ceb"),
        PersonSeed(name: "Bea Navarro", team: 0, hours: "Sun-Thu 21:00-06:00", weekend: "Fri, Sat"),
        PersonSeed(name: "Carlo Ramos", team: 0),
        PersonSeed(name: "Lovely Garcia", team: 0, hours: "Mon-Fri 21:00-02:00"),
        PersonSeed(name: "Nikki Flores", team: 0, role: .lead, hours: "Mon-Fri 21:00-06:00"),
        // Claims Back Office, Bengaluru: afternoon into night to cover UK and Gulf mornings.
        PersonSeed(name: "Priya Nair", team: 1, role: .lead, hours: "Mon-Fri 13:00-22:00", weekend: "Sat, Sun"),
        PersonSeed(name: "Arjun Rao", team: 1, weekend: "Sat, Sun"),
        PersonSeed(name: "Kavya Reddy", team: 1, weekend: "Sat, Sun"),
        PersonSeed(name: "Rohan Iyer", team: 1, weekend: "Sat, Sun"),
        PersonSeed(name: "Sneha Kulkarni", team: 1, zone: "Asia/Kolkata", subdivision: "IN-MH", weekend: "Sat, Sun", languages: "en, hi, mr"),
        PersonSeed(name: "Farhan Sheikh", team: 1, hours: "Sun-Thu 11:30-20:30", weekend: "Fri, Sat", languages: "en, hi, ur, ar"),
        PersonSeed(name: "Divya Menon", team: 1, hours: "Mon-Fri 13:30-18:00", weekend: "Sat, Sun", languages: "en, ml"),
        PersonSeed(name: "Vikram Shetty", team: 1, weekend: "Sat, Sun"),
        PersonSeed(name: "Ananya Bose", team: 1, weekend: "Sat, Sun", languages: "en, hi, bn"),
        // Research & Analytics, Bengaluru: an early shift that overlaps Sydney's afternoon.
        PersonSeed(name: "Meera Krishnan", team: 2, role: .lead, hours: "Mon-Fri 07:00-16:00", weekend: "Sat, Sun", languages: "en, ta, kn"),
        PersonSeed(name: "Siddharth Ghosh", team: 2, weekend: "Sat, Sun"),
        PersonSeed(name: "Lakshmi Pillai", team: 2, weekend: "Sat, Sun"),
        PersonSeed(name: "Aditya Joshi", team: 2, hours: "Mon-Fri 10:00-19:00", weekend: "Sat, Sun", alsoIn: [1]),
        PersonSeed(name: "Neha Verma", team: 2, weekend: "Sat, Sun"),
        PersonSeed(name: "Karthik Subramanian", team: 2, hours: "Mon-Thu 06:30-16:30", weekend: "Fri, Sat, Sun"),
        PersonSeed(name: "Tanvi Desai", team: 2, zone: "Asia/Kolkata", subdivision: "IN-MH", weekend: "Sat, Sun", languages: "en, hi, gu"),
        PersonSeed(name: "Zofia Lewandowska", team: 2, hours: "Mon-Fri 09:00-17:00", zone: "Europe/Warsaw", country: "PL", subdivision: "PL-12", languages: "en, pl, de"),
        // EMEA Service Desk, Kraków: European day shift for London and Dubai.
        PersonSeed(name: "Tomasz Nowak", team: 3, role: .lead, hours: "Mon-Fri 08:00-16:00"),
        PersonSeed(name: "Agnieszka Wiśniewska", team: 3),
        PersonSeed(name: "Piotr Kowalczyk", team: 3, hours: "Mon-Fri 07:00-15:00"),
        PersonSeed(name: "Katarzyna Zielińska", team: 3, hours: "Mon-Fri 12:00-20:00"),
        PersonSeed(name: "Michał Wójcik", team: 3, languages: "en, pl, ar"),
        PersonSeed(name: "Oliwia Kamińska", team: 3, hours: "Mon-Wed 08:00-16:00"),
        PersonSeed(name: "Jakub Szymański", team: 3),
        PersonSeed(name: "Natalia Dąbrowska", team: 3, subdivision: "PL-14", languages: "en, pl, uk"),
        PersonSeed(name: "Hanna Kozłowska", team: 3, hours: "Sun-Thu 07:00-15:00", weekend: "Fri, Sat", languages: "en, pl, ar"),
        PersonSeed(name: "Daniel Mazur", team: 3, role: .lead, hours: "Mon-Fri 09:00-17:00", alsoIn: [2]),
    ]

    /// Extra first and last names for `--people N`, per site, so a scaled demo still reads
    /// like the same company.
    static let extraNames: [(first: [String], last: [String])] = [
        (["Maria", "Jose", "Andrea", "Miguel", "Patricia", "Rafael", "Camille", "Gabriel", "Therese", "Enzo"],
         ["Cruz", "Reyes", "Lim", "Tan", "Gonzales", "Pascual", "Domingo", "Salazar", "Ocampo", "Manalo"]),
        (["Rahul", "Pooja", "Vivek", "Shruti", "Nikhil", "Aishwarya", "Manoj", "Deepa", "Suresh", "Ritu"],
         ["Sharma", "Gupta", "Patel", "Hegde", "Naidu", "Chatterjee", "Bhat", "Agarwal", "Mishra", "Kapoor"]),
        (["Anna", "Paweł", "Marta", "Krzysztof", "Ewa", "Łukasz", "Joanna", "Marcin", "Aleksandra", "Wojciech"],
         ["Lewandowski", "Kaczmarek", "Pawlak", "Michalski", "Król", "Wieczorek", "Jabłoński", "Nowicki", "Majewski", "Olszewski"]),
    ]
}
