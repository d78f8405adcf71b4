import ArgumentParser
import StakegraphExtraction

/// Extra stakeholder dictionaries.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .customLong("dictionary"), help: "A stakeholder dictionary (YAML) that adds to or overrides the default one.")
    var dictionaries: [String] = []

    func extractor() throws -> Extractor {
        var dictionary = StakeholderDictionary.standard
        for path in dictionaries { dictionary.merge(try StakeholderDictionary(contentsOf: path)) }
        return Extractor(dictionary: dictionary)
    }
}
