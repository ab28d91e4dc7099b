# SPDX-License-Identifier: MIT
# The layer wall, checked at configure time: each library of src/ may reach (through everything
# it links, directly or not) only the project libraries and Qt modules its layer may use. A link
# that breaks the rule fails the configure with the path that leads to it, before any code is
# compiled. Rules and the order of layers: README.md, "Building and developing".

# Qt modules the check tells apart; other Qt targets (Qt6::Platform, private helpers) are
# details of these.
set(ASSOC_QT_MODULES Core Gui Network NetworkAuth Sql Svg Widgets HttpServer WebSockets Test
    Concurrent DBus OpenGL)

# What every layer may link: the build flags and the version header.
set(ASSOC_LAYER_ANYWHERE assoc_build_flags assoc_version)

# The direct links of `target` (project targets and Qt modules), generator expressions that
# only mark a link as link-only unwrapped, the rest ignored.
function(_assoc_direct_links target out)
    set(result "")
    foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(links ${target} ${property})
        if(NOT links)
            continue()
        endif()
        foreach(link IN LISTS links)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
            # Links made from another directory are recorded between ::@(id) markers.
            if(link MATCHES "^\\$<" OR link MATCHES "^::@")
                continue()
            endif()
            if(TARGET ${link})
                list(APPEND result ${link})
            endif()
        endforeach()
    endforeach()
    list(REMOVE_DUPLICATES result)
    set(${out} "${result}" PARENT_SCOPE)
endfunction()

# Everything `target` reaches; `out_via` maps each reached name to the one that links it, for
# the message.
function(_assoc_reached target out)
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        _assoc_direct_links(${current} links)
        foreach(link IN LISTS links)
            if(NOT link IN_LIST seen)
                list(APPEND seen ${link})
                list(APPEND queue ${link})
                set(_assoc_via_${link} ${current} PARENT_SCOPE)
            endif()
        endforeach()
    endwhile()
    set(${out} "${seen}" PARENT_SCOPE)
endfunction()

# assoc_layer_rule(<target> [MAY <project targets...>] [QT <Qt modules...>])
# Fails the configure if <target> reaches a project library or a Qt module not listed.
function(assoc_layer_rule target)
    cmake_parse_arguments(R "" "" "MAY;QT" ${ARGN})
    if(NOT TARGET ${target})
        return()
    endif()
    _assoc_reached(${target} reached)
    foreach(name IN LISTS reached)
        set(forbidden FALSE)
        if(name MATCHES "^assoc_")
            if(NOT name IN_LIST R_MAY AND NOT name IN_LIST ASSOC_LAYER_ANYWHERE)
                set(forbidden TRUE)
            endif()
        elseif(name MATCHES "^Qt6::(.*)$")
            set(module ${CMAKE_MATCH_1})
            if(module IN_LIST ASSOC_QT_MODULES AND NOT module IN_LIST R_QT)
                set(forbidden TRUE)
            endif()
        endif()
        if(forbidden)
            set(path ${name})
            set(step ${name})
            while(DEFINED _assoc_via_${step} AND NOT step STREQUAL target)
                set(step ${_assoc_via_${step}})
                string(PREPEND path "${step} -> ")
            endwhile()
            message(FATAL_ERROR "Layer wall: ${target} may not link ${name} (${path}). "
                                "See cmake/LayerCheck.cmake.")
        endif()
    endforeach()
endfunction()

function(assoc_check_layers)
    # core: the domain, QtCore only.
    assoc_layer_rule(assoc_core QT Core)
    # api, auth, history: the client, sign-in and secrets, the change history; over core.
    assoc_layer_rule(assoc_api MAY assoc_core QT Core Network)
    assoc_layer_rule(assoc_auth MAY assoc_api assoc_core QT Core Network NetworkAuth DBus)
    assoc_layer_rule(assoc_history MAY assoc_core QT Core Sql)
    # models: item models and sessions, no widgets.
    assoc_layer_rule(assoc_models MAY assoc_api assoc_auth assoc_history assoc_core
                     QT Core Network Sql)
    assoc_layer_rule(assoc_compare MAY assoc_models assoc_api assoc_auth assoc_history assoc_core
                     QT Core Network NetworkAuth Sql DBus)
    # The widgets: everything below them, never the fake portal or the CLI.
    set(below assoc_compare assoc_models assoc_api assoc_auth assoc_history assoc_core)
    set(widgets Core Gui Network NetworkAuth Sql Svg Widgets DBus OpenGL)
    assoc_layer_rule(assoc_settings_ui MAY ${below} QT ${widgets})
    # The Connect dialog reuses the settings' object-type editor.
    assoc_layer_rule(assoc_dialogs MAY ${below} assoc_settings_ui QT ${widgets})
    assoc_layer_rule(assoc_map MAY ${below} QT ${widgets})
    assoc_layer_rule(assoc_compare_ui MAY ${below} assoc_dialogs assoc_settings_ui QT ${widgets})
    assoc_layer_rule(assoc_app MAY ${below} assoc_dialogs assoc_settings_ui assoc_map
                     assoc_compare_ui QT ${widgets})
    # assocctl: the same client without any widget.
    assoc_layer_rule(assoc_cli MAY assoc_api assoc_auth assoc_history assoc_core
                     QT Core Network NetworkAuth Sql DBus)
    # The fake portal links nothing of the client, so it cannot mirror the client's mistakes.
    assoc_layer_rule(assoc_fakehubspot QT Core Network HttpServer WebSockets Concurrent)
    # The demo portal: the fake behind the client's configuration type, for the executable.
    assoc_layer_rule(assoc_demo MAY assoc_fakehubspot assoc_api assoc_core
                     QT Core Network HttpServer WebSockets Concurrent)
endfunction()
