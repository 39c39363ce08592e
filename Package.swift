// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "claimkit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claimkit", targets: ["ClaimKitCLI"]),
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // libxml2, linked from the system (Debian: libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The only module that touches libxml2's C API.
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        // The library: no argument parsing, no printing, no exiting.
        .target(
            name: "ClaimKit",
            dependencies: [
                "LibXML",
                .product(name: "Ink", package: "Ink"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")]
        ),
        // The thin command-line layer; the binary is `claimkit`.
        .executableTarget(
            name: "ClaimKitCLI",
            dependencies: [
                "ClaimKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput benchmark over ../shared/corpus/news.jsonl (run with -c release).
        .executableTarget(name: "ClaimKitBench", dependencies: ["ClaimKit"]),
        .testTarget(
            name: "ClaimKitTests",
            dependencies: ["ClaimKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ClaimKitCLITests",
            dependencies: ["ClaimKitCLI"]
        ),
    ]
)
