def it = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ItChecks.groovy'))
it.makeExecutable(new File(basedir, 'fakebin'))
return true
