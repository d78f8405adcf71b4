import ArgumentParser
import StakegraphRender

extension LayoutEngine: ExpressibleByArgument {}
