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
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
    if(ASSOC_WERROR)
        target_compile_options(assoc_build_flags INTERFACE -Werror)
    endif()
    if(ASSOC_SANITIZE)
        target_compile_options(assoc_build_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(assoc_build_flags INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(assoc_build_flags INTERFACE /W4 /permissive- /utf-8)
    if(ASSOC_WERROR)
        target_compile_options(assoc_build_flags INTERFACE /WX)
    endif()
endif()
