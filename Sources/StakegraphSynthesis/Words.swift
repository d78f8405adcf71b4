/// Word lists the synthetic corpus is made from: common first names, invented surnames and
/// towns, and the everyday vocabulary of public-affairs reporting.
enum Words {
    static let femaleNames = ["Alice", "Amara", "Beth", "Carla", "Chloe", "Deborah", "Elena", "Fatima", "Grace", "Hannah",
                              "Irene", "Joanna", "Keira", "Laura", "Maya", "Nadia", "Olivia", "Priya", "Rachel", "Sofia",
                              "Tessa", "Una", "Vera", "Wendy", "Yasmin", "Zoe", "Helen", "Margaret", "Ruth", "Siobhan"]
    static let maleNames = ["Adam", "Brian", "Callum", "David", "Ewan", "Farid", "George", "Hamid", "Ian", "Jonas",
                            "Kwame", "Liam", "Marcus", "Neil", "Owen", "Paul", "Rajesh", "Samuel", "Tomasz", "Victor",
                            "William", "Yusuf", "Colin", "Declan", "Graham", "Martin", "Nathan", "Patrick", "Rory", "Stuart"]
    static let surnames = ["Hartley", "Morgan", "Okafor", "Patel", "Quinn", "Rowe", "Stone", "Turner", "Vance", "Walsh",
                           "Young", "Abbott", "Baird", "Chowdhury", "Doyle", "Ellison", "Fairclough", "Gill", "Hussain",
                           "Iqbal", "Jenkins", "Kowalski", "Lindqvist", "Mensah", "Nolan", "Osei", "Pritchard", "Reilly",
                           "Sandhu", "Thorne", "Underwood", "Varga", "Whitlock", "Yeoman", "Zielinski", "Achebe", "Brennan"]
    static let surnameStarts = ["Ash", "Brad", "Cald", "Dun", "Elm", "Fen", "Gar", "Hol", "Kil", "Lang", "Mar", "Nor",
                                "Pen", "Rad", "Shel", "Tal", "Wen", "Whit", "Brom", "Crow"]
    static let surnameEnds = ["ford", "ley", "ton", "wood", "well", "by", "more", "field", "ham", "worth", "croft", "stock"]
    static let placeStarts = ["Ash", "Brook", "Cran", "Dale", "East", "Fair", "Glen", "Hather", "Ivy", "Kings", "Lark",
                              "Mill", "North", "Oak", "Pen", "Red", "Stan", "Thorn", "Wes", "Wick", "Bram", "Calder"]
    static let placeEnds = ["ford", "bridge", "ley", "ton", "wick", "field", "mouth", "by", "minster", "hampton", "stow", "vale"]
    static let memberGroups = ["Care Providers", "Head Teachers", "Rail Passengers", "School Governors", "Hospital Porters",
                               "Community Pharmacists", "Youth Workers", "Bus Drivers", "Social Workers", "Further Education Lecturers",
                               "Dental Nurses", "Library Staff", "Probation Officers", "Museum Curators", "Housing Officers"]
    static let companyHeads = ["Water", "Energy", "Buses", "Homes", "Rail", "Logistics", "Construction", "Foods"]
    static let portfolios = ["Transport", "Culture", "Skills", "Housing", "Rural Affairs", "Digital Services", "Enterprise"]
    static let studies = ["Public Policy", "Regional Growth", "Learning Research", "Social Cohesion", "Health Economics"]
    static let federated = ["Small Firms", "Village Shops", "Independent Pharmacies", "Craft Brewers", "Family Farms"]

    static func roles(for noun: String) -> [String] {
        switch noun {
        case "the council": return ["leader", "chief executive", "cabinet member for housing", "deputy leader"]
        case "the union", "the association", "the federation": return ["general secretary", "president", "deputy general secretary", "national officer"]
        case "the company": return ["chief executive", "managing director", "chair", "operations director"]
        case "the department": return ["minister", "permanent secretary", "director general", "spokesperson"]
        case "the institute": return ["director", "senior researcher", "chief economist", "research fellow"]
        case "the trust": return ["chief executive", "chair", "medical director", "finance director"]
        default: return ["director", "founder", "chair", "head of policy"]
        }
    }

    static let topics = ["funding for rural bus routes", "the new inspection regime", "delays to the housing programme",
                         "the pay offer", "staff shortages", "the closure of two libraries", "water quality in the river",
                         "the proposed budget cuts", "the pension reforms", "waiting times", "the consultation process",
                         "plans to merge the two services", "the handling of the complaint", "rising energy bills",
                         "the shortage of school places", "the new licensing rules", "the late publication of the figures"]
    static let failings = ["failing to consult staff", "ignoring the warnings", "misleading parents", "wasting public money",
                           "dragging its feet", "breaking its promises", "hiding the true cost", "putting profit before safety"]
    static let praises = ["its work on the scheme", "the quick response", "the decision to freeze fees", "its openness",
                          "the improvements at the depot", "the new training programme", "its support for families"]
    static let pledges = ["to meet the cost of the repairs", "to publish the full report", "to review the contract",
                          "to protect frontline jobs", "to fund 200 extra places", "to keep the centre open"]
    static let quoteOpeners = ["We have been clear from the start", "This is a matter of trust", "Nobody wants to see this",
                               "Families deserve better", "The evidence is plain", "We will not stand by",
                               "It is time for a proper plan", "Our members are exhausted", "We welcome the progress made"]
    static let quoteMiddles = ["that the current arrangements are not working", "and the public expect answers",
                               "which is why we are asking for an urgent meeting", "and we will keep pressing the case",
                               "but there is a great deal still to do", "and the figures speak for themselves"]
    static let fillerSubjects = ["The figures", "A survey of 1,200 households", "The annual report", "An independent review",
                                 "Data published by the regulator", "A freedom of information request", "The latest accounts"]
    static let fillerFindings = ["show that costs have risen by 14 per cent since 2019",
                                 "found that almost a third of users were dissatisfied",
                                 "suggest the service will run out of money within three years",
                                 "revealed a backlog of more than 4,000 cases",
                                 "point to a sharp fall in applications", "recorded the lowest satisfaction in a decade"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let outlets = ["The Northern Ledger", "Valley Evening Press", "The County Courier", "Metro Policy Review",
                          "The Weekly Dispatch", "Civic Affairs Daily"]
}
