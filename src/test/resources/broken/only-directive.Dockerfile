# escape=`
