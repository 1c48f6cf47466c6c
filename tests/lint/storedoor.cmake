# Keeps the store's door closed to the app: nothing under qml/ reads the database directly.
# The screens read through the typed queries of core/ (goalsOf, placementsOf, consentsOf, ...);
# raw access (Store internals: the database, the string select) is for core/ and sync/ alone.
#
# Fails, naming file and line, when a file under ROOT (qml/) includes core/storeinternals.h,
# calls .db() or select<...>, or holds SQL in a string literal (keywords such as SELECT, WHERE,
# ORDER BY, or a "column = ?" placeholder). The fix: add a typed query to the core module the
# records belong to, with a test of its order and filter, and call that.
#
#   cmake -DROOT=<source>/qml -P storedoor.cmake
cmake_minimum_required(VERSION 3.21)

if(NOT ROOT)
    message(FATAL_ERROR "Give -DROOT=<the qml folder>.")
endif()

file(GLOB_RECURSE files LIST_DIRECTORIES false
    "${ROOT}/*.cpp" "${ROOT}/*.h" "${ROOT}/*.qml" "${ROOT}/*.js")

set(checks
    "storeinternals"
    "[.>]db[ ]*\\(\\)"
    "select[ ]*<"
    "\"([^\"]*[^A-Za-z_\"])?(SELECT|INSERT|UPDATE|DELETE|REPLACE INTO|WHERE|ORDER BY|GROUP BY|JOIN|PRAGMA|LIMIT|IS NOT NULL|IS NULL)([^A-Za-z_][^\"]*)?\""
    "\"[^\"]*[A-Za-z_] *(=|<>|!=|<|>|<=|>=|IN|LIKE) *\\(?\\?")

set(lines)
foreach(file IN LISTS files)
    file(RELATIVE_PATH name "${ROOT}" "${file}")
    foreach(check IN LISTS checks)
        file(STRINGS "${file}" hits REGEX "${check}")
        foreach(hit IN LISTS hits)
            string(REPLACE ";" "," hit "${hit}") # a semicolon would split the line into list items
            string(STRIP "${hit}" hit)
            list(APPEND lines "qml/${name}: ${hit}")
        endforeach()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES lines)
list(LENGTH lines found)
foreach(line IN LISTS lines)
    message("${line}")
endforeach()

if(found GREATER 0)
    message(FATAL_ERROR "${found} line(s) under qml/ reach into the store. Read through a typed query "
        "in core/ instead (see core/README.md, \"Reading\").")
endif()
list(LENGTH files count)
message(STATUS "${count} files under qml/ read the store through core's typed queries only.")
