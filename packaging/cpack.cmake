# The CMake package of the installed widget library: find_package(CecWidget).
include(CMakePackageConfigHelpers)
install(EXPORT CecWidgetTargets NAMESPACE CecWidget::
    DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/CecWidget)
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/CecWidgetConfig.cmake.in
    ${CMAKE_BINARY_DIR}/CecWidgetConfig.cmake
    INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/CecWidget)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/CecWidgetConfigVersion.cmake
    COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/CecWidgetConfig.cmake ${CMAKE_BINARY_DIR}/CecWidgetConfigVersion.cmake
    DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/CecWidget)

# Debian package of what is built so far (cecctl, cec-sim). `cpack -G DEB` in a build directory.
set(CPACK_PACKAGE_NAME "cec-widget")
set(CPACK_PACKAGE_VENDOR "cec-widget contributors")
set(CPACK_PACKAGE_CONTACT "cec-widget maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR "DEB")
include(CPack)
