import ArgumentParser
import StakegraphExtraction

extension InteractionType: ExpressibleByArgument {}
