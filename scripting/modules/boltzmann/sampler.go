package boltzmann

import (
	bz "github.com/lumenlab/lumen/lib/boltzmann"
	s "github.com/lumenlab/lumen/scripting"
)

// SamplerProvider is implemented by script objects that sample layers: the
// digital sampler here, and devices (prbm.Device, …) in their bindings.
// sampler= arguments accept any of them.
type SamplerProvider interface {
	Sampler() bz.Sampler
}

// Sampler is the script object around a Go boltzmann.Sampler.
type Sampler struct {
	S    bz.Sampler
	Name string
}

// SamplerType is boltzmann.Sampler in scripts.
var SamplerType = func() *s.Type {
	t := s.NewType("Sampler", s.ObjectType, "A layer sampler (the plug point for devices): pass it as sampler= to RBM.sample, RBM.fit and Lattice2D.scan.")
	t.Module = "lumen.boltzmann"
	return t
}()

func (*Sampler) PyType() *s.Type { return SamplerType }

// Sampler implements SamplerProvider.
func (x *Sampler) Sampler() bz.Sampler { return x.S }

func init() {
	SamplerType.SetAttr("__repr__", &s.Builtin{Name: "__repr__", Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str("<boltzmann.Sampler " + args[0].(*Sampler).Name + ">")
	}})
}

// SamplerArg reads a sampler= argument: None (nil: the digital sampler),
// an object implementing SamplerProvider, or a Go boltzmann.Sampler.
func SamplerArg(fn string, o s.Object) bz.Sampler {
	if !given(o) {
		return nil
	}
	switch v := o.(type) {
	case SamplerProvider:
		return v.Sampler()
	case bz.Sampler:
		return v
	}
	s.Raise(s.TypeErrorType, "%s(): argument 'sampler' must be a sampler (boltzmann.digital_sampler(), a device such as prbm.Device, or None), not %s", fn, s.TypeNameOf(o))
	return nil
}

// Check raises the script exception for an error of a lib call made by fn
// (KeyboardInterrupt for a cancelled context, FileNotFoundError/OSError for
// files, ValueError otherwise); nil is a no-op.
func Check(th *s.Thread, fn string, err error) { check(th, fn, err) }
