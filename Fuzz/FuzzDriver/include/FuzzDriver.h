#ifndef CROSSWISE_FUZZ_DRIVER_H
#define CROSSWISE_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer on `test` with the command line's options, as libFuzzer's own main would.
///
/// SwiftPM links an executable target with `main` aliased to the module's Swift entry point, so
/// libFuzzer's `main` never runs; each target's `@main` calls this instead (docs/FUZZING.md).
int crosswise_fuzz_main(int argc, char **argv, int (*test)(const uint8_t *data, size_t size));

#endif
