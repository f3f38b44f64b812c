package stdlib

import (
	"fmt"
	"math"
	"strings"
	"syscall"
	"time"

	s "github.com/lumenlab/lumen/scripting"
)

// The time module.

var structTimeType = s.NewType("struct_time", s.ObjectType, "The time value as returned by gmtime(), localtime(), and strptime(), and\naccepted by asctime(), mktime() and strftime().")

type structTime struct {
	vals s.Tuple // 9 fields
	zone string
	off  int
}

func (*structTime) PyType() *s.Type { return structTimeType }

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

var processStart = time.Now()

func newStructTime(t time.Time, local bool) *structTime {
	isdst := 0
	if local && t.IsDST() {
		isdst = 1
	}
	zone, off := t.Zone()
	return &structTime{vals: s.Tuple{s.Int(t.Year()), s.Int(int(t.Month())), s.Int(t.Day()), s.Int(t.Hour()), s.Int(t.Minute()), s.Int(t.Second()),
		s.Int((int(t.Weekday()) + 6) % 7), s.Int(t.YearDay()), s.Int(isdst)}, zone: zone, off: off}
}

// timeTuple converts a struct_time or 9-sequence to a Go time (local or UTC).
func timeTuple(th *s.Thread, o s.Object, loc *time.Location) time.Time {
	var vals []s.Object
	if st, ok := o.(*structTime); ok {
		vals = st.vals
	} else {
		vals = s.ToSlice(th, o)
	}
	if len(vals) != 9 {
		s.Raise(s.TypeErrorType, "function takes exactly 9 arguments (%d given)", len(vals))
	}
	n := make([]int, 9)
	for i, v := range vals {
		n[i] = intArg(th, v)
	}
	return time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, loc)
}

func secsArg(th *s.Thread, o s.Object) time.Time {
	if o == nil || isNone(o) {
		return time.Now()
	}
	f := floatArg(th, "time", o)
	if math.IsNaN(f) {
		s.Raise(s.ValueErrorType, "Invalid value NaN (not a number)")
	}
	sec := math.Floor(f)
	return time.Unix(int64(sec), int64((f-sec)*1e9))
}

var weekdayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func asctime(t time.Time) string {
	wd := (int(t.Weekday()) + 6) % 7
	return fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", weekdayNames[wd][:3], monthNames[t.Month()-1][:3], t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year())
}

// strftime implements the C library directives on a Go time.
func strftime(format string, t time.Time, isdst int) string {
	var b strings.Builder
	wd := (int(t.Weekday()) + 6) % 7
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			fmt.Fprintf(&b, "%d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'C':
			fmt.Fprintf(&b, "%02d", t.Year()/100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'a':
			b.WriteString(weekdayNames[wd][:3])
		case 'A':
			b.WriteString(weekdayNames[wd])
		case 'b', 'h':
			b.WriteString(monthNames[t.Month()-1][:3])
		case 'B':
			b.WriteString(monthNames[t.Month()-1])
		case 'w':
			fmt.Fprintf(&b, "%d", int(t.Weekday()))
		case 'u':
			fmt.Fprintf(&b, "%d", wd+1)
		case 'U':
			fmt.Fprintf(&b, "%02d", (t.YearDay()+6-int(t.Weekday()))/7)
		case 'W':
			fmt.Fprintf(&b, "%02d", (t.YearDay()+6-wd)/7)
		case 'V':
			_, w := t.ISOWeek()
			fmt.Fprintf(&b, "%02d", w)
		case 'G':
			y, _ := t.ISOWeek()
			fmt.Fprintf(&b, "%d", y)
		case 'c':
			b.WriteString(asctime(t))
		case 'x':
			fmt.Fprintf(&b, "%02d/%02d/%02d", int(t.Month()), t.Day(), t.Year()%100)
		case 'X', 'T':
			fmt.Fprintf(&b, "%02d:%02d:%02d", t.Hour(), t.Minute(), t.Second())
		case 'D':
			fmt.Fprintf(&b, "%02d/%02d/%02d", int(t.Month()), t.Day(), t.Year()%100)
		case 'F':
			fmt.Fprintf(&b, "%d-%02d-%02d", t.Year(), int(t.Month()), t.Day())
		case 'R':
			fmt.Fprintf(&b, "%02d:%02d", t.Hour(), t.Minute())
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'Z':
			z, _ := t.Zone()
			b.WriteString(z)
		case 'z':
			_, off := t.Zone()
			sign := '+'
			if off < 0 {
				sign = '-'
				off = -off
			}
			fmt.Fprintf(&b, "%c%02d%02d", sign, off/3600, off/60%60)
		case 's':
			fmt.Fprintf(&b, "%d", t.Unix())
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

func cpuTime() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Since(processStart).Seconds()
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)*1e-6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

func init() {
	structTimeType.Module = "time"
	for i, name := range structTimeFields {
		i := i
		property(structTimeType, name, func(o s.Object) s.Object { return o.(*structTime).vals[i] })
	}
	property(structTimeType, "tm_zone", func(o s.Object) s.Object { return s.Str(o.(*structTime).zone) })
	property(structTimeType, "tm_gmtoff", func(o s.Object) s.Object { return s.Int(o.(*structTime).off) })
	method(structTimeType, "__getitem__", "(key, /)", "Return self[key].", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.GetItem(th, args[0].(*structTime).vals, args[1])
	})
	method(structTimeType, "__len__", "()", "Return len(self).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object { return s.Int(9) })
	method(structTimeType, "__iter__", "()", "Implement iter(self).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Iter(th, args[0].(*structTime).vals)
	})
	method(structTimeType, "__eq__", "(value, /)", "Return self==value.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := args[0].(*structTime)
		switch b := args[1].(type) {
		case *structTime:
			return s.BoolOf(s.Equal(th, a.vals, b.vals))
		case s.Tuple:
			return s.BoolOf(s.Equal(th, a.vals, b))
		}
		return s.NotImplemented
	})
	method(structTimeType, "__repr__", "()", "Return repr(self).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		st := args[0].(*structTime)
		parts := make([]string, 9)
		for i, n := range structTimeFields {
			parts[i] = n + "=" + s.Repr(th, st.vals[i])
		}
		return s.Str("time.struct_time(" + strings.Join(parts, ", ") + ")")
	})

	s.RegisterModule("time", func(in *s.Interp) *s.Module {
		m := s.NewModule("time", "This module provides various functions to manipulate time values.")
		m.Set("struct_time", structTimeType)
		_, off := time.Now().Zone()
		m.Set("timezone", s.Int(-off))
		z, _ := time.Now().Zone()
		m.Set("tzname", s.Tuple{s.Str(z), s.Str(z)})
		m.AddFunc("time", "()", "Return the current time in seconds since the Epoch.\nFractions of a second may be present if the system clock provides them.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return s.Float(float64(time.Now().UnixNano()) / 1e9)
		})
		m.AddFunc("time_ns", "()", "Return the current time in nanoseconds since the Epoch.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return s.Int(time.Now().UnixNano())
		})
		mono := func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return s.Float(time.Since(processStart).Seconds())
		}
		m.AddFunc("perf_counter", "()", "Performance counter for benchmarking.", mono)
		m.AddFunc("monotonic", "()", "Monotonic clock, cannot go backward.", mono)
		monoNs := func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return s.Int(time.Since(processStart).Nanoseconds())
		}
		m.AddFunc("perf_counter_ns", "()", "Performance counter for benchmarking as nanoseconds.", monoNs)
		m.AddFunc("monotonic_ns", "()", "Monotonic clock, cannot go backward, as nanoseconds.", monoNs)
		m.AddFunc("process_time", "()", "Process time for profiling: sum of the kernel and user-space CPU time.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return s.Float(cpuTime())
		})
		m.AddFunc("process_time_ns", "()", "Process time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			return s.Int(int64(cpuTime() * 1e9))
		})
		m.AddFunc("sleep", "(seconds, /)", "Delay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("sleep", kw)
			nargs("sleep", args, 1, 1)
			secs := floatArg(th, "sleep", args[0])
			if math.IsNaN(secs) {
				s.Raise(s.ValueErrorType, "Invalid value NaN (not a number)")
			}
			if secs < 0 {
				s.Raise(s.ValueErrorType, "sleep length must be non-negative")
			}
			if secs > 1e10 {
				secs = 1e10
			}
			timer := time.NewTimer(time.Duration(secs * 1e9))
			defer timer.Stop()
			ctx := th.Ctx
			if ctx == nil {
				<-timer.C
				return s.None
			}
			select {
			case <-timer.C:
			case <-ctx.Done():
				th.CheckInterrupt()
				s.Raise(s.KeyboardInterruptType, "")
			}
			th.CheckInterrupt()
			return s.None
		})
		m.AddFunc("gmtime", "(seconds=None, /)", "Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a. GMT).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("gmtime", args, 0, 1)
			var a s.Object
			if len(args) > 0 {
				a = args[0]
			}
			return newStructTime(secsArg(th, a).UTC(), false)
		})
		m.AddFunc("localtime", "(seconds=None, /)", "Convert seconds since the Epoch to a time tuple expressing local time.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("localtime", args, 0, 1)
			var a s.Object
			if len(args) > 0 {
				a = args[0]
			}
			return newStructTime(secsArg(th, a).Local(), true)
		})
		m.AddFunc("mktime", "(tuple, /)", "Convert a time tuple in local time to seconds since the Epoch.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("mktime", args, 1, 1)
			return s.Float(float64(timeTuple(th, args[0], time.Local).Unix()))
		})
		tupleOrNow := func(th *s.Thread, args []s.Object, idx int) (time.Time, int) {
			if len(args) > idx && !isNone(args[idx]) {
				isdst := 0
				if st, ok := args[idx].(*structTime); ok {
					isdst = int(st.vals[8].(s.Int))
					if st.zone == "UTC" || st.zone == "GMT" {
						return timeTuple(th, st, time.UTC), isdst
					}
				}
				return timeTuple(th, args[idx], time.Local), isdst
			}
			return time.Now(), 0
		}
		m.AddFunc("strftime", "(format[, tuple])", "Convert a time tuple to a string according to a format specification.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("strftime", kw)
			nargs("strftime", args, 1, 2)
			f, ok := args[0].(s.Str)
			if !ok {
				s.Raise(s.TypeErrorType, "strftime() argument 1 must be str, not %s", s.TypeNameOf(args[0]))
			}
			t, isdst := tupleOrNow(th, args, 1)
			return s.Str(strftime(string(f), t, isdst))
		})
		m.AddFunc("asctime", "([tuple])", "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("asctime", args, 0, 1)
			t, _ := tupleOrNow(th, args, 0)
			return s.Str(asctime(t))
		})
		m.AddFunc("ctime", "(seconds=None, /)", "Convert a time in seconds since the Epoch to a string in local time.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("ctime", args, 0, 1)
			var a s.Object
			if len(args) > 0 {
				a = args[0]
			}
			return s.Str(asctime(secsArg(th, a).Local()))
		})
		return m
	})
}
