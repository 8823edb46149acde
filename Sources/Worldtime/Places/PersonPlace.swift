import Foundation

/// Where pages say a person is. A zone is named after one city (Asia/Kolkata covers all of
/// India), so someone at the Bengaluru site would read as "Kolkata"; their site's city is the
/// truer answer whenever they keep the site's clock. Someone whose zone differs from their
/// site's (a remote worker abroad) is named by their own zone.
public func personPlace(zone: String, siteCity: String?, siteZone: String?) -> String {
    if let siteCity, siteZone == zone, !siteCity.trimmingCharacters(in: .whitespaces).isEmpty { return siteCity }
    return ((try? TimeZoneName(zone))?.city) ?? zone
}
