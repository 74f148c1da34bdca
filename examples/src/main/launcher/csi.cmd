@echo off
rem csi: runs the csi command of csi.jar beside this file. Add this folder to PATH to type
rem "csi report ..." anywhere. Java is %JAVA_HOME%\bin\java when JAVA_HOME is set, else java on
rem the PATH; options for it go in CSI_JAVA_OPTS (for example -Xmx16g).
setlocal
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java"
"%JAVA_EXE%" %CSI_JAVA_OPTS% -jar "%~dp0csi.jar" %*
