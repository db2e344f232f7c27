// The example's setup: examples/.mvn (extension and cache config) and the refcount sources.
new GroovyClassLoader(getClass().classLoader).parseClass(new File(itTools, 'ExampleSetup.groovy'))
        .copyInto(itTools, basedir)
return true
