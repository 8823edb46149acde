import CrosswiseStore
import CrosswiseWeb
import ArgumentParser
import FluentKit
import Hummingbird
print("hi")
