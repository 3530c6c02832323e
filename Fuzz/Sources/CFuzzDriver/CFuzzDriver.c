// Nothing to define: the header declares libFuzzer's driver, which the fuzzer runtime provides.
#include "CFuzzDriver.h"
