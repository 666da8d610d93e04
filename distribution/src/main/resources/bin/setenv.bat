@echo off
rem
rem POLI_IN Platform: environment of bin\karaf.bat, bin\start.bat, bin\stop.bat and bin\client.bat
rem (the Windows counterpart of bin/setenv: keep the JVM flags of both files the same; a test of the
rem integration tests compares them). Values already set in the environment win.
rem

rem A jar nested in the JAX-RS spec bundle carries a zip64 extra field that Java 17.0.8+ rejects by default.
rem Karaf may call this file twice (start.bat, then karaf.bat): the flag is added once.
echo.%EXTRA_JAVA_OPTS% | findstr /C:"-Djdk.util.zip.disableZip64ExtraFieldValidation=true" >nul 2>&1
if errorlevel 1 set "EXTRA_JAVA_OPTS=%EXTRA_JAVA_OPTS% -Djdk.util.zip.disableZip64ExtraFieldValidation=true"
