// SPDX-License-Identifier: Apache-2.0

#pragma once

// The version of this build: project(VERSION) in CMakeLists.txt, plus the commits since that
// release's tag for builds between releases. Written at build time by cmake/WriteVersion.cmake.
namespace Version {

extern const char *const text;

} // namespace Version
