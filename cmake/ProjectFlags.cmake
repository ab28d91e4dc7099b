# SPDX-License-Identifier: MIT
# One interface target that carries the warning flags and strict Qt defines;
# every target of the project links it.
add_library(assoc_build_flags INTERFACE)
target_compile_features(assoc_build_flags INTERFACE cxx_std_20)
target_compile_definitions(assoc_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(assoc_build_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(assoc_build_flags INTERFACE -Wshadow=local)
    else()
        # clang has no -Wshadow=local; -Wshadow is the nearest (locals shadowing locals,
        # parameters and lambda captures).
        target_compile_options(assoc_build_flags INTERFACE -Wshadow)
    endif()
    if(ASSOC_WERROR)
        target_compile_options(assoc_build_flags INTERFACE -Werror)
    endif()
    if(ASSOC_SANITIZE)
        # Every report is fatal, so a test run under the sanitizers fails on the first one.
        target_compile_options(assoc_build_flags INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
        target_link_options(assoc_build_flags INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=all)
    endif()
    if(ASSOC_FUZZ)
        if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
            message(FATAL_ERROR "ASSOC_FUZZ needs clang (libFuzzer); use the asan preset")
        endif()
        # Coverage instrumentation for libFuzzer in every library, without its main(): the Qt
        # Test suites link the same objects as the fuzz targets (fuzz/CMakeLists.txt).
        target_compile_options(assoc_build_flags INTERFACE -fsanitize=fuzzer-no-link)
    endif()
elseif(MSVC)
    target_compile_options(assoc_build_flags INTERFACE /W4 /permissive- /utf-8)
    if(ASSOC_WERROR)
        target_compile_options(assoc_build_flags INTERFACE /WX)
    endif()
endif()
