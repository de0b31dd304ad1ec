# SPDX-License-Identifier: Apache-2.0

# Hardening for the programs we ship, as Debian's and Fedora's own packages have it: position
# independent executables, stack protector, _FORTIFY_SOURCE (it needs optimisation, so not in
# Debug builds), and on ELF a read-only relocation table bound at start-up (relro, bindnow).
# MSVC links with /DYNAMICBASE, /NXCOMPAT and /GS by default.
option(QBMOD_HARDENING "Build with hardening flags" ON)

# Sanitizer and fuzzing builds are for finding bugs, not shipping; _FORTIFY_SOURCE gets in their way.
if(QBMOD_HARDENING AND NOT MSVC AND NOT QBMOD_SANITIZE AND NOT QBMOD_FUZZ)
    include(CheckPIESupported)
    check_pie_supported()
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    add_compile_options(-fstack-protector-strong
        $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE>
        $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
    if(NOT APPLE)
        add_link_options(LINKER:-z,relro LINKER:-z,now)
    endif()
endif()
